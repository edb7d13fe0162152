using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Api;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// <c>POST /api/search/{entity}</c> and <c>POST /api/search-ids/{entity}</c> (admin-api.md 3.1, 4).
/// </summary>
public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/search/{entity}", SearchAsync);
        routes.MapPost("/api/search-ids/{entity}", SearchIdsAsync);
    }

    /// <summary>Runs a search and answers <c>{"total", "data", "aggregations"}</c>; shared with <c>GET /api/product</c>.</summary>
    public static IResult Answer(SearchableEntity entity, SearchCriteria criteria, SandboxState state)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var result = EntitySearcher.Search(entity.Documents(state), criteria);
        var data = new JsonArray(result.Rows.Select(row => (JsonNode)ResponseProjection.Project(row, entity.Schema, criteria)).ToArray());

        return Results.Json(new SearchResponse(result.Total, data, []), SandboxJson.Options);
    }

    private static async Task<IResult> SearchAsync(string entity, HttpContext context, SandboxStore store, CancellationToken cancellationToken)
    {
        var (searchable, criteria, error) = await ReadAsync(entity, context, alwaysJson: false, cancellationToken);
        return error ?? Answer(searchable!, criteria!, store.Current);
    }

    private static async Task<IResult> SearchIdsAsync(string entity, HttpContext context, SandboxStore store, CancellationToken cancellationToken)
    {
        var (searchable, criteria, error) = await ReadAsync(entity, context, alwaysJson: true, cancellationToken);
        if (error is not null)
            return error;
        var result = EntitySearcher.Search(searchable!.Documents(store.Current), criteria!);
        var ids = result.Rows.Select(row => row["id"]!.GetValue<string>()).ToList();
        return Results.Json(new SearchIdsResponse(result.Total, ids), SandboxJson.Options);
    }

    private static async Task<(SearchableEntity?, SearchCriteria?, IResult?)> ReadAsync(string entity, HttpContext context, bool alwaysJson, CancellationToken cancellationToken)
    {
        if (SearchableEntities.Find(entity) is not { } searchable)
        {
            return (null, null, ShopwareErrorResult.From(StatusCodes.Status404NotFound, ShopwareErrors.NoRoute(context.Request)));
        }

        if (AcceptNegotiation.RequireJson(context.Request, alwaysJson) is { } refused)
            return (null, null, refused);
        var body = await RequestJson.ReadAsync(context, cancellationToken) as JsonObject ?? [];
        var errors = new List<ShopwareError>();
        var criteria = SearchCriteriaParser.Parse(searchable.Schema, body, errors);
        return errors.Count > 0
            ? (null, null, ShopwareErrorResult.From(StatusCodes.Status400BadRequest, errors))
            : (searchable, criteria, null);
    }
}

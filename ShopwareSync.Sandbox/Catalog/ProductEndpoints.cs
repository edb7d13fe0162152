using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Api;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;
using ShopwareSync.Sandbox.Search;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Catalog;

/// <summary>
/// The generated entity routes for <c>product</c> (admin-api.md 3.1): list, detail, create, update,
/// delete. Writes answer 204 with <c>Location</c>, or 200 with the entity when <c>?_response</c> is
/// present; every route needs <c>Accept: application/json</c>.
/// </summary>
public static class ProductEndpoints
{
    // ASP.NET Core's regex constraint ignores case; Shopware's route does not, so handlers check the id again.
    private const string IdRoute = "/api/product/{id:regex(^[0-9a-f]{{32}}$)}";

    public static void MapProductEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/product", List);
        routes.MapGet(IdRoute, Detail);
        routes.MapPost("/api/product", CreateAsync);
        routes.MapPatch(IdRoute, UpdateAsync);
        routes.MapDelete(IdRoute, Delete);
    }

    private static IResult List(HttpContext context, SandboxStore store)
    {
        if (AcceptNegotiation.RequireJson(context.Request) is { } refused)
            return refused;
        var errors = new List<ShopwareError>();
        var products = SearchableEntities.Find("product")!;
        var criteria = SearchCriteriaParser.ParseQuery(products.Schema, context.Request.Query, errors);
        return errors.Count > 0 ? ShopwareErrorResult.From(400, errors) : SearchEndpoints.Answer(products, criteria, store.Current);
    }

    private static IResult Detail(string id, HttpContext context, SandboxStore store)
    {
        if (!ShopwareUuid.IsValid(id))
            return ShopwareErrorResult.From(404, ShopwareErrors.NoRoute(context.Request));
        if (AcceptNegotiation.RequireJson(context.Request) is { } refused)
            return refused;
        return store.Current.FindProduct(id) is { } product
            ? DetailAnswer(product)
            : ShopwareErrorResult.From(404, ShopwareErrors.ResourceNotFound("product", id));
    }

    private static Task<IResult> CreateAsync(HttpContext context, SandboxStore store, ProductPayloadWriter writer, TimeProvider time, CancellationToken cancellationToken) =>
        WriteAsync(context, store, writer, routeId: null, time, cancellationToken);

    private static Task<IResult> UpdateAsync(string id, HttpContext context, SandboxStore store, ProductPayloadWriter writer, TimeProvider time, CancellationToken cancellationToken) =>
        ShopwareUuid.IsValid(id)
            ? WriteAsync(context, store, writer, id, time, cancellationToken)
            : Task.FromResult(ShopwareErrorResult.From(404, ShopwareErrors.NoRoute(context.Request)));

    private static IResult Delete(string id, HttpContext context, SandboxStore store)
    {
        if (!ShopwareUuid.IsValid(id))
            return ShopwareErrorResult.From(404, ShopwareErrors.NoRoute(context.Request));
        if (AcceptNegotiation.RequireJson(context.Request) is { } refused)
            return refused;
        var deleted = store.Write(state => state.FindProduct(id) is null
            ? new SandboxWrite<bool>(null, false)
            : new SandboxWrite<bool>(state.WithoutProduct(id), true));
        if (!deleted)
            return ShopwareErrorResult.From(404, ShopwareErrors.ResourceNotFound("product", id));
        context.Response.Headers.Location = Location(context, id);
        return Results.NoContent();
    }

    private static async Task<IResult> WriteAsync(HttpContext context, SandboxStore store, ProductPayloadWriter writer, string? routeId, TimeProvider time, CancellationToken cancellationToken)
    {
        // The response factory is resolved before the write, so a missing Accept fails even a write (admin-api.md 3.1).
        if (AcceptNegotiation.RequireJson(context.Request) is { } refused)
            return refused;
        if (!RequestJson.IsJsonContentType(context.Request))
        {
            return ShopwareErrorResult.From(415, ShopwareErrors.Symfony(415, "Unsupported Media Type",
                $"The content-type \"{context.Request.ContentType}\" is unsupported."));
        }

        var body = await RequestJson.ReadAsync(context, cancellationToken);
        if (body is JsonArray)
        {
            return ShopwareErrorResult.From(400, ShopwareErrors.Symfony(400, "Bad Request",
                "Only single write operations are supported. Please send the entities one by one or use the /sync api endpoint."));
        }

        var record = body as JsonObject ?? [];
        string id;
        if (routeId is not null)
        {
            id = routeId;
        }
        else if (!record.TryGetPropertyValue("id", out var idNode) || idNode is null)
        {
            id = ShopwareUuid.NewId(time);
        }
        else if (JsonValueReader.TryReadString(idNode, out var given) && ShopwareUuid.IsValid(given))
        {
            id = given;
        }
        else
        {
            return ShopwareErrorResult.From(400, ShopwareErrors.InvalidUuid("/0/id", idNode.ToString()));
        }

        var outcome = store.Write(state => Apply(state, writer, id, record, isUpdate: routeId is not null));
        if (outcome is { } errorResult)
            return errorResult;

        // Only the presence of `_response` counts, whatever its value (admin-api.md 3.1).
        if (context.Request.Query.ContainsKey("_response"))
            return DetailAnswer(store.Current.FindProduct(id)!);
        context.Response.Headers.Location = Location(context, id);
        return Results.NoContent();
    }

    private static SandboxWrite<IResult?> Apply(SandboxState state, ProductPayloadWriter writer, string id, JsonObject record, bool isUpdate)
    {
        var existing = state.FindProduct(id);
        if (isUpdate && existing is null)
        {
            return new SandboxWrite<IResult?>(null, ShopwareErrorResult.From(400, ShopwareErrors.WriteTypeIntend(
                "product", "UpdateCommand", "InsertCommand", "Use POST method to create new entities.")));
        }

        if (!isUpdate && existing is not null)
        {
            return new SandboxWrite<IResult?>(null, ShopwareErrorResult.From(400, ShopwareErrors.WriteTypeIntend(
                "product", "InsertCommand", "UpdateCommand", "Use PATCH method to update existing entities.")));
        }

        var write = writer.Write(existing, id, record, "/0", recalculateAvailability: true);
        if (!write.IsValid)
            return new SandboxWrite<IResult?>(null, ShopwareErrorResult.From(400, write.Violations));
        var product = write.Product!;
        if (ProductConstraints.Check(state, product) is { } violated)
            return new SandboxWrite<IResult?>(null, ShopwareErrorResult.From(violated.Status, violated.Error));
        return new SandboxWrite<IResult?>(state.WithProduct(product), null);
    }

    /// <summary>Associations are not loaded on detail routes unless asked for (admin-api.md 4.3), so they answer null.</summary>
    private static IResult DetailAnswer(SandboxProduct product) =>
        Results.Json(new DetailResponse(ResponseProjection.Project(SandboxJson.ToObject(product), EntitySchemas.Product, new SearchCriteria())), SandboxJson.Options);

    private static string Location(HttpContext context, string id) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/api/product/{id}";
}

using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Api;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Sandbox.Observability;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Sync;

/// <summary><c>POST /api/_action/sync</c> (admin-api.md 2): always plain JSON, whatever <c>Accept</c> says.</summary>
public static class SyncEndpoint
{
    public static void MapSyncEndpoint(this IEndpointRouteBuilder routes) => routes.MapPost("/api/_action/sync", SyncAsync);

    private static async Task<IResult> SyncAsync(
        HttpContext context, SandboxStore store, SyncOperationHandler handler, FaultSwitchboard faults,
        SandboxCounters counters, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync(context, cancellationToken);
        if (body is null && !RequestJson.IsJsonContentType(context.Request))
        {
            // The controller decodes the raw body itself when the listener did not (admin-api.md 2.4).
            return ShopwareErrorResult.From(StatusCodes.Status400BadRequest, new ShopwareError("400",
                "FRAMEWORK__API_TYPE_PARAMETER_INVALID", "Bad Request", "Parameter type json is invalid.",
                Meta: new ShopwareErrorMeta(new JsonObject { ["type"] = "json" })));
        }

        var parsed = SyncRequestParser.Parse(body);
        if (parsed.Error is not null)
        {
            counters.CountSync(0, 0, 0);
            return ShopwareErrorResult.From(parsed.ErrorStatus, parsed.Error);
        }

        var operations = parsed.Operations;
        var records = operations.Sum(operation => operation.Payload.Count);
        if (faults.ShouldDeadlock())
        {
            counters.CountSync(operations.Count, records, 0);
            return ShopwareErrorResult.From(StatusCodes.Status500InternalServerError, ShopwareErrors.Deadlock());
        }

        // `fail-on-error` and `single-operation` were removed in 6.5 and are ignored: every request is one
        // transaction (admin-api.md 2.2). Only `disable-indexing` changes what a write does here.
        var recalculate = !string.Equals(context.Request.Headers["indexing-behavior"], "disable-indexing", StringComparison.Ordinal);
        var outcome = store.Write(state => handler.Execute(state, operations, recalculate));
        counters.CountSync(operations.Count, records, outcome.RecordsWritten);
        return Results.Json(outcome.Body, contentType: "application/json", statusCode: outcome.Status);
    }
}

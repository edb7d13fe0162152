using ShopwareSync.Sandbox.Faults;

namespace ShopwareSync.Sandbox.Observability;

/// <summary>
/// Counts every <c>/api</c> request by endpoint and status. The endpoint is the route template with
/// the entity filled in (<c>POST /api/search/product</c>, <c>GET /api/product/{id}</c>), so ids do not
/// multiply the keys; unmatched paths count as <c>METHOD (unmatched)</c>.
/// </summary>
public sealed class RequestCountingMiddleware(RequestDelegate next, SandboxCounters counters)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            var status = context.Items.ContainsKey(FaultInjectionMiddleware.DroppedItemKey) ? 0 : context.Response.StatusCode;
            counters.CountRequest(EndpointName(context), status);
        }
    }

    private static string EndpointName(HttpContext context)
    {
        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        if (template is null)
            return $"{context.Request.Method} (unmatched)";
        if (context.Request.RouteValues.TryGetValue("entity", out var entity))
            template = template.Replace("{entity}", entity?.ToString(), StringComparison.Ordinal);
        return $"{context.Request.Method} {template}";
    }
}

using Microsoft.AspNetCore.Routing.Patterns;
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
        if ((context.GetEndpoint() as RouteEndpoint)?.RoutePattern is not { } pattern)
            return $"{context.Request.Method} (unmatched)";

        // Parameters appear by name without constraints; the entity of the search routes is filled in.
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { Name: "entity" } when context.Request.RouteValues["entity"] is { } entity => entity.ToString(),
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            _ => string.Empty,
        })));
        return $"{context.Request.Method} /{string.Join('/', segments)}";
    }
}

using Microsoft.Extensions.Options;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Hosting;

namespace ShopwareSync.Sandbox.Api;

/// <summary>
/// <c>GET /api/_info/health-check</c> (no auth, 200 empty), <c>GET /api/_info/version</c> (admin-api.md 8),
/// and Shopware's 404 for any other <c>/api</c> path, which needs no token (admin-api.md 10.8).
/// </summary>
public static class InfoEndpoints
{
    public static void MapInfoEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/_info/health-check", () => Results.Ok()).AllowAnonymous();
        routes.MapGet("/api/_info/version", (IOptions<SandboxOptions> options) =>
            Results.Json(new VersionResponse(options.Value.ShopwareVersion)));
        routes.Map("/api/{**path}", (HttpContext context) => ShopwareErrorResult.From(404, ShopwareErrors.NoRoute(context.Request))).AllowAnonymous();
    }
}

using Microsoft.AspNetCore.Authorization;
using ShopwareSync.Sandbox.Errors;

namespace ShopwareSync.Sandbox.Auth;

/// <summary>
/// Requires <c>Authorization: Bearer</c> on every matched <c>/api</c> route except those marked anonymous
/// (token endpoint, health check). Unknown routes stay 404 without a token (admin-api.md 10.8).
/// </summary>
public sealed class BearerTokenMiddleware(RequestDelegate next, AccessTokenRegistry tokens)
{
    private const string BearerPrefix = "Bearer ";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.GetEndpoint();
        if (!context.Request.Path.StartsWithSegments("/api") || endpoint is null
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        string? detail;
        if (header.Length == 0)
            detail = "Missing \"Authorization\" header";
        else if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length == BearerPrefix.Length)
            detail = "Missing token in \"Authorization\" header";
        else
            detail = tokens.Verify(header[BearerPrefix.Length..].Trim());

        if (detail is not null)
        {
            await ShopwareErrorResult.WriteAsync(context, StatusCodes.Status401Unauthorized, ShopwareErrors.AccessDenied(detail));
            return;
        }

        await next(context);
    }
}

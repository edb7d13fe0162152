using System.Text.Json;
using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Errors;

namespace ShopwareSync.Sandbox.Api;

/// <summary>
/// Rejects a malformed JSON body with 400 <c>"0"</c> before routing and authentication, as Shopware's
/// request listener does for <c>Content-Type: application/json</c> (admin-api.md 2.4, 10.8).
/// </summary>
public sealed class JsonBodyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments("/api") && RequestJson.IsJsonContentType(context.Request))
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            try
            {
                RequestJson.Store(context, text.Length == 0 ? null : JsonNode.Parse(text));
            }
            catch (JsonException)
            {
                await ShopwareErrorResult.WriteAsync(context, StatusCodes.Status400BadRequest,
                    ShopwareErrors.Symfony(400, "Bad Request", "The JSON payload is malformed."));
                return;
            }
        }

        await next(context);
    }
}

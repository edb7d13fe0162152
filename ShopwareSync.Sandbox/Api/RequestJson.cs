using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Api;

/// <summary>
/// The request body as JSON. <see cref="JsonBodyMiddleware"/> parses bodies sent as
/// <c>application/json</c> before authentication (admin-api.md 10.8); other bodies are parsed here.
/// </summary>
public static class RequestJson
{
    private static readonly object ItemKey = new();

    public static void Store(HttpContext context, JsonNode? body)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[ItemKey] = new ParsedBody(body);
    }

    /// <summary>The parsed body; null when it is empty or not JSON.</summary>
    public static async Task<JsonNode?> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var stored) && stored is ParsedBody parsed)
            return parsed.Body;
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static bool IsJsonContentType(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var type = request.ContentType ?? string.Empty;
        return type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/vnd.api+json", StringComparison.OrdinalIgnoreCase);
    }

    private sealed record ParsedBody(JsonNode? Body);
}

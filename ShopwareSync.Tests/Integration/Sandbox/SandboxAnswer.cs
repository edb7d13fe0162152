using System.Net;
using System.Text.Json.Nodes;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>An HTTP answer of the sandbox with its body parsed as JSON (null when empty).</summary>
internal sealed record SandboxAnswer(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)
{
    public JsonNode FirstError => Body?["errors"]?[0] ?? throw new InvalidOperationException($"No errors in {Body?.ToJsonString()}");

    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) ? values.First()
        : Response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.First() : null;
}

using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Errors;

/// <summary><c>meta.parameters</c> of an error; an empty map is written as <c>[]</c>, as PHP does (admin-api.md 10.6).</summary>
public sealed record ShopwareErrorMeta(JsonNode Parameters);

using System.Text.Json.Serialization;

namespace ShopwareSync.Sandbox.Errors;

/// <summary>
/// One entry of Shopware's <c>errors[]</c> envelope (admin-api.md 7). Constraint violations carry
/// <c>template</c> and <c>source</c> but no <c>title</c>; OAuth errors carry a <c>detail</c> that may be null.
/// </summary>
public sealed record ShopwareError(
    string Status,
    string Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
    string? Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Template = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ShopwareErrorMeta? Meta = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ShopwareErrorSource? Source = null);

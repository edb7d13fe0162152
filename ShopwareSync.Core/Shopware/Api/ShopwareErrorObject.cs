using System.Text.Json;
using System.Text.Json.Serialization;
using ShopwareSync.Core.Shopware.Json;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>One entry of the error envelope as it comes over the wire.</summary>
public sealed record ShopwareErrorObject
{
    /// <summary><c>FRAMEWORK__…</c>, a Symfony violation UUID, an OAuth number ("9") or a SQL code ("1213").</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Code { get; init; }

    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Status { get; init; }

    public string? Title { get; init; }

    public string? Detail { get; init; }

    public string? Template { get; init; }

    /// <summary><c>{ "parameters": { … } }</c>; PHP sends <c>[]</c> for an empty map.</summary>
    public JsonElement? Meta { get; init; }

    public ShopwareErrorSource? Source { get; init; }
}

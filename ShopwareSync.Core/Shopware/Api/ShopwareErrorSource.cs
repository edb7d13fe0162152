using System.Text.Json.Serialization;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>Where an error points: <c>/operation-key/record-index/field</c> for sync writes.</summary>
public sealed record ShopwareErrorSource
{
    [JsonPropertyName("pointer")]
    public string? JsonPointer { get; init; }
}

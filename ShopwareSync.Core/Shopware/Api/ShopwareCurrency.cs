namespace ShopwareSync.Core.Shopware.Api;

/// <summary>A currency as read from <c>/api/search/currency</c>.</summary>
public sealed record ShopwareCurrency
{
    public required string Id { get; init; }

    public string? IsoCode { get; init; }

    public decimal? Factor { get; init; }

    public bool? IsSystemDefault { get; init; }
}

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>A tax as read from <c>/api/search/tax</c>.</summary>
public sealed record ShopwareTax
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public decimal TaxRate { get; init; }

    public int? Position { get; init; }
}

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>The product fields ShopwareSync reads back.</summary>
public sealed record ShopwareProduct
{
    public required string Id { get; init; }

    public string? ParentId { get; init; }

    public string? ProductNumber { get; init; }

    public string? Name { get; init; }

    public int? Stock { get; init; }

    /// <summary>6.6+: a mirror of stock; 6.5 legacy: stock minus open orders.</summary>
    public int? AvailableStock { get; init; }

    public bool? Active { get; init; }

    public bool? IsCloseout { get; init; }

    public string? TaxId { get; init; }

    public IReadOnlyList<ProductPrice>? Price { get; init; }

    public string? Ean { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}

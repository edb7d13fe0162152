namespace ShopwareSync.Core.Catalog;

/// <summary>
/// One row of the view <c>shopware_sync.product_source</c> (db/migrations/0006): an article of the inventory,
/// normalized. Properties map the view's snake_case columns (Dapper with MatchNamesWithUnderscores).
/// </summary>
public sealed record ProductSourceRow
{
    /// <summary>item_refs."Artikel_Nummer"; the Shopware productNumber.</summary>
    public required string ProductNumber { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Specs, usually a JSON object of key → value(s), sometimes prose.</summary>
    public string? LongText { get; init; }

    public string? Manufacturer { get; init; }

    public string? Ean { get; init; }

    /// <summary>Gross selling price rounded to cents; null when missing or not a sane number.</summary>
    public decimal? GrossPrice { get; init; }

    public int? LengthMm { get; init; }

    public int? WidthMm { get; init; }

    public int? HeightMm { get; init; }

    public decimal? WeightKg { get; init; }

    /// <summary>The article belongs in the shop (Shopartikel = 1).</summary>
    public bool ShopArticle { get; init; }

    /// <summary>Veröffentlicht_Status is yes, ja, true or 1.</summary>
    public bool Published { get; init; }

    /// <summary>Stk (pieces) or Menge (bulk quantity).</summary>
    public string? Unit { get; init; }

    /// <summary>Physical stock: sum of the article's items."Auf_Lager"; bigint, so it may exceed Shopware's int.</summary>
    public long Stock { get; init; }

    public int ItemRows { get; init; }

    /// <summary>The linked Shopware product id from shopware_sync.product_map.</summary>
    public string? ShopwareProductId { get; init; }

    /// <summary>item_refs."ShopwareProductId" when well-formed: a hint to verify, never trusted as the link.</summary>
    public string? AppShopwareProductId { get; init; }
}

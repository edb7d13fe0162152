namespace ShopwareSync.Core.Shopware.Api;

/// <summary>
/// A product write (create, update or sync upsert). Null fields are not sent, so an update touches only the fields
/// set. Stock is an absolute value: Shopware has no increment.
/// </summary>
public sealed record ProductPayload
{
    /// <summary>32 lower-case hex digits; ShopwareSync always chooses it, so a repeated create cannot duplicate.</summary>
    public string? Id { get; init; }

    /// <summary>At most 64 characters; unique (case-insensitive) in the shop. Create only.</summary>
    public string? ProductNumber { get; init; }

    /// <summary>At most 255 characters.</summary>
    public string? Name { get; init; }

    public string? Description { get; init; }

    public int? Stock { get; init; }

    public bool? Active { get; init; }

    public string? TaxId { get; init; }

    /// <summary>Replaces the whole price list; must contain the system default currency.</summary>
    public IReadOnlyList<ProductPrice>? Price { get; init; }

    public string? Ean { get; init; }

    /// <summary>Millimetres.</summary>
    public decimal? Length { get; init; }

    public decimal? Width { get; init; }

    public decimal? Height { get; init; }

    /// <summary>Kilograms.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Additive on updates; ids are deterministic so a repeat is an update, not a duplicate (500).</summary>
    public IReadOnlyList<ProductVisibilityPayload>? Visibilities { get; init; }
}

using ShopwareSync.Sandbox.Reference;

namespace ShopwareSync.Sandbox.Catalog;

/// <summary>
/// A product as the sandbox stores and answers it, with Shopware's field names (admin-api.md 3.2, 5.1).
/// Immutable: every write produces a new instance, so a failed sync request leaves nothing behind.
/// </summary>
public sealed record SandboxProduct
{
    public required string Id { get; init; }

    public string VersionId => ShopwareDefaults.LiveVersion;

    public string? ParentId { get; init; }

    public required string ProductNumber { get; init; }

    /// <summary>Sellable stock (6.6+): lowered when an order is placed (admin-api.md 5.1).</summary>
    public int Stock { get; init; }

    /// <summary>Write-protected mirror of <see cref="Stock"/> in 6.6+ (admin-api.md 5.1).</summary>
    public int AvailableStock { get; init; }

    public bool Available { get; init; } = true;

    public int Sales { get; init; }

    public string? Name { get; init; }

    public SandboxProductTranslation Translated => new(Name);

    public string? TaxId { get; init; }

    public IReadOnlyList<SandboxPrice>? Price { get; init; }

    /// <summary>An association: answered only when a search asks for it (admin-api.md 4.3).</summary>
    public IReadOnlyList<SandboxProductVisibility> Visibilities { get; init; } = [];

    public bool Active { get; init; } = true;

    public bool IsCloseout { get; init; }

    public int MinPurchase { get; init; } = 1;

    public int PurchaseSteps { get; init; } = 1;

    public int? MaxPurchase { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public string ApiAlias => "product";

    /// <summary>
    /// The sales channel that two visibilities of this product share, which the unique key
    /// (product, version, sales channel) refuses; null when there is none.
    /// </summary>
    public string? FindDuplicateVisibilityChannel() =>
        Visibilities.GroupBy(visibility => visibility.SalesChannelId).FirstOrDefault(group => group.Count() > 1)?.Key;

    /// <summary>
    /// <c>StockStorage::updateAvailableFlag</c>: a closeout product is available only while its stock
    /// covers the minimum purchase; any other product can be oversold (admin-api.md 5.1).
    /// </summary>
    public SandboxProduct WithAvailabilityRecomputed() => this with { Available = !IsCloseout || Stock >= MinPurchase };

    /// <summary>Order-driven stock change: raw SQL in Shopware, so <c>updatedAt</c> stays (admin-api.md 5.2).</summary>
    public SandboxProduct WithOrderedQuantity(int quantity) =>
        (this with { Stock = Stock - quantity, AvailableStock = Stock - quantity, Sales = Sales + quantity })
        .WithAvailabilityRecomputed();
}

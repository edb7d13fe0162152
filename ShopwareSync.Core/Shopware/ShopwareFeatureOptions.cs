namespace ShopwareSync.Core.Shopware;

/// <summary>
/// What ShopwareSync may do in the shop. Everything is off by default; a capability runs only when the
/// master switch <see cref="Enabled"/> and its own switch are both on.
/// </summary>
public sealed class ShopwareFeatureOptions
{
    /// <summary>Master switch (the app's SHOPWARE_ENABLED): without it ShopwareSync never calls Shopware.</summary>
    public bool Enabled { get; set; }

    /// <summary>Serve product searches against the Admin API.</summary>
    public bool Search { get; set; }

    /// <summary>Push the inventory's stock to existing Shopware products.</summary>
    public bool StockSync { get; set; }

    /// <summary>Create products and write names, prices and other catalogue data.</summary>
    public bool CatalogWrites { get; set; }

    /// <summary>Read orders from Shopware.</summary>
    public bool OrderImport { get; set; }

    public bool SearchActive => Enabled && Search;

    public bool StockSyncActive => Enabled && StockSync;

    public bool CatalogWritesActive => Enabled && CatalogWrites;

    public bool OrderImportActive => Enabled && OrderImport;

    public override string ToString() =>
        $"{{ Enabled = {Enabled}, Search = {Search}, StockSync = {StockSync}, CatalogWrites = {CatalogWrites}, OrderImport = {OrderImport} }}";
}

namespace ShopwareSync.Core.Queue;

/// <summary>What a job brings up to date in Shopware (shopware_sync.sync_job.kind).</summary>
public enum SyncJobKind
{
    /// <summary>The product's stock.</summary>
    Stock,

    /// <summary>The product's catalogue data: name, descriptions, price, manufacturer, EAN, dimensions, active flag.</summary>
    Catalog,
}

using ShopwareSync.Core.Catalog;

namespace ShopwareSync.Core.Sync;

/// <summary>
/// What the inventory holds for one product number right now: its source row, or none when the article was
/// deleted or renamed away; and the Shopware id it is linked to, if any (also for a vanished article).
/// </summary>
public sealed record SourceSnapshot(string ProductNumber, ProductSourceRow? Row, string? LinkedShopwareId);

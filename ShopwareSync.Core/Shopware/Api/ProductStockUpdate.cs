namespace ShopwareSync.Core.Shopware.Api;

/// <summary>
/// A partial product upsert carrying only the stock: the cheapest product write (fewest indexers). For an id that
/// no longer exists Shopware tries an insert and rejects it with required-field violations.
/// </summary>
public sealed record ProductStockUpdate(string Id, int Stock);

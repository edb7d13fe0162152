namespace ShopwareSync.Core.Shopware.Mapping;

/// <summary>
/// What product payloads need from the shop, resolved once at start: the tax to assign and its rate, the price
/// currency and the sales channel new products become visible in.
/// </summary>
public sealed record ShopwareCatalogContext(string TaxId, decimal TaxRate, string CurrencyId, string SalesChannelId);

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>One entry of a product's price list; all four fields are required by Shopware.</summary>
public sealed record ProductPrice(string CurrencyId, decimal Gross, decimal Net, bool Linked);

namespace ShopwareSync.Core.Mapping;

/// <summary>An article number and the Shopware product that stands for it.</summary>
public sealed record ProductLink(string ProductNumber, string ShopwareProductId);

namespace ShopwareSync.Core.Sync;

/// <summary>
/// Where each product number of a batch lives in Shopware: its verified id, or the reason it has none.
/// </summary>
public sealed record ProductResolution(IReadOnlyDictionary<string, string> Ids, IReadOnlyDictionary<string, string> Missing);

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>A product's visibility in a sales channel (10 link only, 20 search only, 30 everywhere).</summary>
public sealed record ProductVisibilityPayload(string Id, string SalesChannelId, int Visibility);

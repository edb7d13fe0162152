namespace ShopwareSync.Sandbox.Search;

/// <summary>Shopware 6.6+ caps and defaults a search's limit at <c>shopware.api.max_limit</c> = 500 (admin-api.md 4.2).</summary>
public static class SearchLimits
{
    public const int MaxLimit = 500;
}

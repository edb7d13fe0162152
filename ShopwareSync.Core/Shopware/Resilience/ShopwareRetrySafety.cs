using ShopwareSync.Core.Shopware.Http;

namespace ShopwareSync.Core.Shopware.Resilience;

/// <summary>
/// Which requests may be sent again after an unknown outcome (timeout, 5xx: Shopware may have committed). Reads,
/// PATCH/DELETE of a named id and searches are safe. So is the sync route, because ShopwareSync only sends upserts
/// with client-chosen ids and absolute values, and deletes by key. A POST create is safe only when flagged: without
/// a client-chosen id a repeat creates a second product.
/// </summary>
public static class ShopwareRetrySafety
{
    public static bool IsRetrySafe(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != HttpMethod.Post)
            return true;
        if (ShopwareRequestProperties.TryGet<bool>(request, ShopwareRequestProperties.RetrySafe, out var flagged))
            return flagged;

        var path = request.RequestUri?.AbsolutePath ?? "";
        return path.EndsWith("/api/_action/sync", StringComparison.Ordinal)
               || path.Contains("/api/search/", StringComparison.Ordinal)
               || path.Contains("/api/search-ids/", StringComparison.Ordinal)
               || path.EndsWith(ShopwareAuthenticationHandler.TokenPath, StringComparison.Ordinal);
    }
}

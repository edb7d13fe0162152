namespace ShopwareSync.Core.Shopware.Http;

/// <summary>Keys of <see cref="HttpRequestMessage.Options"/> the Shopware handlers read and write.</summary>
public static class ShopwareRequestProperties
{
    /// <summary>bool: a POST that may be repeated after an unknown outcome (it carries a client-chosen id).</summary>
    public const string RetrySafe = "ShopwareSync.RetrySafe";

    /// <summary>int: how often this request message was sent (1 for the first attempt).</summary>
    public const string Attempt = "ShopwareSync.Attempt";

    /// <summary>string: correlation id for the log lines of this request.</summary>
    public const string CorrelationId = "ShopwareSync.CorrelationId";

    /// <summary>Header a caller may set to carry its correlation id.</summary>
    public const string CorrelationIdHeader = "X-Correlation-ID";

    internal static bool TryGet<T>(HttpRequestMessage request, string key, out T value)
    {
        if (((IDictionary<string, object?>)request.Options).TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    internal static void Set<T>(HttpRequestMessage request, string key, T value) =>
        request.Options.Set(new HttpRequestOptionsKey<T>(key), value);
}

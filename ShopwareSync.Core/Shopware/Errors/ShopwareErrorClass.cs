namespace ShopwareSync.Core.Shopware.Errors;

/// <summary>What a failed call means for the job that made it.</summary>
public enum ShopwareErrorClass
{
    /// <summary>Trying again later may succeed (server trouble, rate limit, timeout, unknown outcome).</summary>
    Retryable,

    /// <summary>Repeating the same request fails the same way until data or configuration changes.</summary>
    Permanent,
}

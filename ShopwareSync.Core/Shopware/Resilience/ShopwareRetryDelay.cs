namespace ShopwareSync.Core.Shopware.Resilience;

/// <summary>
/// Exponential backoff with jitter, capped: retry n (0-based) waits base · 2ⁿ, moved by up to ±20 % with the
/// jitter, never beyond the maximum. Jitter keeps parallel workers from retrying in lockstep.
/// </summary>
public static class ShopwareRetryDelay
{
    public static TimeSpan Backoff(int retryIndex, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retryIndex);
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retryIndex, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        var factor = 1 + ShopwareDefaults.RetryJitterFraction * (2 * Math.Clamp(jitter, 0, 1) - 1);
        return TimeSpan.FromMilliseconds(Math.Min(capped * factor, maxDelay.TotalMilliseconds));
    }
}

namespace ShopwareSync.Core.Sync;

/// <summary>
/// When a job that failed for a retryable reason is tried again: exponential in the attempt, capped, with
/// ±20 % jitter so that a batch failed together does not come back together.
/// </summary>
public sealed class RetryBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Func<double> random)
{
    private const double JitterShare = 0.2;

    /// <summary>Backoff with <see cref="Random.Shared"/> as the jitter source.</summary>
    public RetryBackoff(SyncWorkerOptions options)
        : this(options.RetryBaseDelay, options.RetryMaxDelay, Random.Shared.NextDouble)
    {
    }

    /// <summary>Delay after the given (1-based) failed attempt.</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        // 2^30 already dwarfs any sane cap; stop doubling before the double overflows.
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        var jitter = 1 + ((random() * 2) - 1) * JitterShare;
        return TimeSpan.FromMilliseconds(Math.Min(capped * jitter, maxDelay.TotalMilliseconds));
    }
}

namespace ShopwareSync.Core.Shopware.Http;

/// <summary>
/// When Shopware last answered, and when a request last got no usable answer (no response, 5xx), as every
/// request through the clients shows it. The readiness check reads it instead of calling Shopware on every probe.
/// </summary>
public sealed class ShopwareReachability(TimeProvider timeProvider)
{
    private long _lastAnswerTicks;
    private long _lastFailureTicks;

    public DateTimeOffset? LastAnswerAt => FromTicks(Interlocked.Read(ref _lastAnswerTicks));

    public DateTimeOffset? LastFailureAt => FromTicks(Interlocked.Read(ref _lastFailureTicks));

    /// <summary>Records a request's outcome: any answer below 500 means Shopware is there (a 4xx is its own word).</summary>
    public void Record(int? statusCode)
    {
        var now = timeProvider.GetUtcNow().UtcTicks;
        if (statusCode is { } status && status < 500)
            Interlocked.Exchange(ref _lastAnswerTicks, now);
        else
            Interlocked.Exchange(ref _lastFailureTicks, now);
    }

    private static DateTimeOffset? FromTicks(long ticks) => ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
}

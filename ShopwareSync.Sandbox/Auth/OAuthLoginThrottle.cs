namespace ShopwareSync.Sandbox.Auth;

/// <summary>
/// Shopware's <c>oauth</c> limiter (time_backoff; admin-api.md 1.4): keyed by <c>username-IP</c>, consumed
/// before authenticating, reset on success. The first 10 attempts are free; after that an attempt within
/// 10 s (after 15: 30 s, after 20: 60 s) of the last accepted one is refused. State is forgotten after 24 h.
/// </summary>
public sealed class OAuthLoginThrottle(TimeProvider time)
{
    private static readonly TimeSpan Forget = TimeSpan.FromHours(24);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (int Attempts, DateTimeOffset LastAccepted)> _keys = new(StringComparer.Ordinal);

    /// <summary>Null when the attempt may go on; else the seconds until the next one is allowed.</summary>
    public int? TryConsume(string key)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var (attempts, last) = _keys.GetValueOrDefault(key);
            if (attempts > 0 && now - last > Forget)
                attempts = 0;
            if (attempts >= 10)
            {
                var wait = TimeSpan.FromSeconds(attempts >= 20 ? 60 : attempts >= 15 ? 30 : 10);
                var left = last + wait - now;
                if (left > TimeSpan.Zero)
                    return Math.Max(1, (int)Math.Ceiling(left.TotalSeconds));
            }

            _keys[key] = (attempts + 1, now);
            return null;
        }
    }

    public void Reset(string key)
    {
        lock (_lock)
            _keys.Remove(key);
    }

    public void Clear()
    {
        lock (_lock)
            _keys.Clear();
    }
}

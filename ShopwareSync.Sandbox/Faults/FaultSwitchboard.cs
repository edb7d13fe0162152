using Microsoft.Extensions.Options;
using ShopwareSync.Sandbox.Hosting;

namespace ShopwareSync.Sandbox.Faults;

/// <summary>
/// The fault switches in force and the seeded generator behind them. Every request draws the same
/// number of values in the same order, so with one client sending requests one after another the
/// faults fall on the same requests in every run.
/// </summary>
public sealed class FaultSwitchboard
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly SandboxFaultOptions _configured;
    private SandboxFaultOptions _current;
    private Random _random;
    private DateTimeOffset _windowStart;
    private int _windowCount;

    public FaultSwitchboard(IOptions<SandboxOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _configured = options.Value.Faults.Copy();
        _current = _configured.Copy();
        _random = new Random(_current.RandomSeed);
        _windowStart = time.GetUtcNow();
    }

    public SandboxFaultOptions Current
    {
        get
        {
            lock (_lock)
                return _current.Copy();
        }
    }

    /// <summary>Replaces every switch and restarts the generator from the new seed and the rate window from now.</summary>
    public void Apply(SandboxFaultOptions faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        lock (_lock)
        {
            _current = faults.Copy();
            _random = new Random(_current.RandomSeed);
            _windowStart = _time.GetUtcNow();
            _windowCount = 0;
        }
    }

    public void ResetToConfigured() => Apply(_configured);

    public FaultDecision Decide()
    {
        lock (_lock)
        {
            var dropRoll = _random.NextDouble();
            var unavailableRoll = _random.NextDouble();
            if (IsOverRate(out var retryAfter))
                return new FaultDecision(FaultKind.RateLimited, TimeSpan.Zero, retryAfter);
            if (dropRoll < _current.DroppedConnectionRatio)
                return new FaultDecision(FaultKind.DroppedConnection, _current.Latency, 0);
            if (unavailableRoll < _current.ServiceUnavailableRatio)
                return new FaultDecision(FaultKind.ServiceUnavailable, _current.Latency, 0);
            return new FaultDecision(FaultKind.None, _current.Latency, 0);
        }
    }

    public bool ShouldDeadlock()
    {
        lock (_lock)
            return _random.NextDouble() < _current.SyncDeadlockRatio;
    }

    /// <summary>A fixed window on the injected clock; <c>Retry-After</c> is the rest of the window, at least 1 s.</summary>
    private bool IsOverRate(out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (_current.RateLimitPermits is not { } permits)
            return false;
        var now = _time.GetUtcNow();
        if (now >= _windowStart + _current.RateLimitWindow)
        {
            _windowStart = now;
            _windowCount = 0;
        }

        _windowCount++;
        if (_windowCount <= permits)
            return false;
        var left = _windowStart + _current.RateLimitWindow - now;
        retryAfterSeconds = Math.Max(1, (int)Math.Ceiling(left.TotalSeconds));
        return true;
    }
}

using System.ComponentModel.DataAnnotations;

namespace ShopwareSync.Sandbox.Faults;

/// <summary>
/// Fault switches, section <c>Sandbox:Faults</c> at start and <c>PUT /_sandbox/faults</c> at run time.
/// They imitate the infrastructure in front of a shop (admin-api.md 1.4: Shopware core has no limiter on
/// data routes) and Shopware's own failure modes (deadlocks, 2.5; tokens dying early, 9.10). All random
/// choices come from one generator seeded with <see cref="RandomSeed"/>, so a sequential test sees the
/// same faults on every run.
/// </summary>
public sealed class SandboxFaultOptions
{
    /// <summary>Added to every <c>/api</c> request, waited on the injected clock.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan Latency { get; set; }

    /// <summary>Share of <c>/api</c> requests answered 503, from 0 to 1.</summary>
    [Range(0.0, 1.0)]
    public double ServiceUnavailableRatio { get; set; }

    /// <summary>Share of <c>/api</c> requests whose connection is dropped without an answer, from 0 to 1.</summary>
    [Range(0.0, 1.0)]
    public double DroppedConnectionRatio { get; set; }

    /// <summary>Share of sync requests answered 500 <c>"1213"</c> (deadlock) without writing, from 0 to 1.</summary>
    [Range(0.0, 1.0)]
    public double SyncDeadlockRatio { get; set; }

    /// <summary>Requests allowed per <see cref="RateLimitWindow"/> before 429 with <c>Retry-After</c>; null is no limit.</summary>
    [Range(1, int.MaxValue)]
    public int? RateLimitPermits { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A token stops working after this many authenticated requests, whatever <c>expires_in</c> said.</summary>
    [Range(1, int.MaxValue)]
    public int? TokenExpiresAfterRequests { get; set; }

    /// <summary>A token stops working this long after issue, whatever <c>expires_in</c> said.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan? TokenExpiresAfter { get; set; }

    public int RandomSeed { get; set; } = 20261125;

    public SandboxFaultOptions Copy() => (SandboxFaultOptions)MemberwiseClone();
}

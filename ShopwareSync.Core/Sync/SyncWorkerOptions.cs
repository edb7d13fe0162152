using System.ComponentModel.DataAnnotations;

namespace ShopwareSync.Core.Sync;

/// <summary>
/// How the worker drains the queue. Section <c>Sync</c>; environment variables <c>Sync__PollInterval</c>, ….
/// How many jobs go into one batch (and one sync request) is <c>Shopware:BatchSize</c>.
/// </summary>
public sealed class SyncWorkerOptions
{
    public const string SectionName = "Sync";

    /// <summary>How often the queue is looked at when no notification arrives (a safety net: NOTIFY wakes the worker at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Sync:PollInterval must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed job stays with its worker; a job still in progress after that is taken back.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "Sync:LeaseDuration must be between 00:00:10 and 01:00:00.")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts after which a job that keeps failing for a retryable reason fails permanently.</summary>
    [Range(1, 1000, ErrorMessage = "Sync:MaxAttempts must be between 1 and 1000.")]
    public int MaxAttempts { get; set; } = 25;

    /// <summary>Backoff before the second attempt; it doubles with each further attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Sync:RetryBaseDelay must be between 00:00:00.100 and 01:00:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest backoff between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Sync:RetryMaxDelay must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long delivered jobs are kept for inspection before they are deleted.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Sync:DoneRetention must be between 00:01:00 and 365.00:00:00.")]
    public TimeSpan DoneRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>This worker's name in lease_holder; empty: host name and process id.</summary>
    public string WorkerName { get; set; } = "";
}

using System.Text.RegularExpressions;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>
/// The metrics the worker exports (docs/metrics.md) that alerts and the dashboard may use, and the metric
/// names a PromQL expression refers to.
/// </summary>
internal static partial class MonitoredMetrics
{
    /// <summary>As docs/metrics.md lists them (process and runtime metrics left out), plus Prometheus's own up.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "shopware_sync_queue_jobs",
        "shopware_sync_oldest_pending_job_age_seconds",
        "shopware_sync_queue_sampled_timestamp_seconds",
        "shopware_sync_jobs_processed_total",
        "shopware_sync_job_delivery_delay_seconds",
        "shopware_sync_batch_size_jobs",
        "shopware_sync_last_success_timestamp_seconds",
        "shopware_sync_shopware_requests_total",
        "shopware_sync_shopware_request_duration_seconds",
        "shopware_sync_shopware_request_retries_total",
        "shopware_sync_shopware_token_refreshes_total",
        "shopware_sync_shopware_circuit_breaker_state",
        "up",
    };

    private static readonly string[] HistogramSeriesSuffixes = ["_bucket", "_sum", "_count"];

    /// <summary>
    /// Metric names in <paramref name="expression"/>: every shopware_sync_* identifier and up, with a
    /// histogram's _bucket/_sum/_count folded onto the histogram's name when that name is known.
    /// </summary>
    public static IReadOnlySet<string> NamedIn(string expression) =>
        MetricName().Matches(expression).Select(match => Fold(match.Value)).ToHashSet(StringComparer.Ordinal);

    private static string Fold(string name)
    {
        foreach (var suffix in HistogramSeriesSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && Names.Contains(name[..^suffix.Length]))
                return name[..^suffix.Length];
        }
        return name;
    }

    // "up" only as a whole word outside quotes (up{…}, up == 0, sum(up)).
    [GeneratedRegex(@"\bshopware_sync_[a-z0-9_]+\b|(?<![\w""])up\b(?!"")")]
    private static partial Regex MetricName();
}

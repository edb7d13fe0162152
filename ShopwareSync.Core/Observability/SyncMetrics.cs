using Prometheus;
using ShopwareSync.Core.Queue;

namespace ShopwareSync.Core.Observability;

/// <summary>What the worker does with the jobs it claims: batch sizes, outcomes, delivery delay, last success.</summary>
public sealed class SyncMetrics
{
    public const string Delivered = "delivered";
    public const string Retried = "retried";
    public const string Failed = "failed";

    private readonly Counter _processed;
    private readonly Histogram _deliveryDelay;
    private readonly Histogram _batchSize;
    private readonly Gauge _lastSuccess;

    public SyncMetrics(IMetricFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _processed = factory.CreateCounter("shopware_sync_jobs_processed_total",
            "Jobs settled by this worker, by kind and outcome (delivered, retried, failed permanently).",
            [MetricLabelNames.Kind, MetricLabelNames.Outcome]);
        // From seconds (a NOTIFY-woken worker) to the four hours 25 backed-off attempts span.
        _deliveryDelay = factory.CreateHistogram("shopware_sync_job_delivery_delay_seconds",
            "Time from a job's first change (created_at) to its delivery to Shopware.",
            [MetricLabelNames.Kind],
            new HistogramConfiguration { Buckets = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 14400] });
        // Up to Shopware:BatchSize, at most 500.
        _batchSize = factory.CreateHistogram("shopware_sync_batch_size_jobs",
            "Jobs claimed per batch; empty polls are not counted.",
            [MetricLabelNames.Kind],
            new HistogramConfiguration { Buckets = [1, 2, 5, 10, 25, 50, 100, 200, 500] });
        _lastSuccess = factory.CreateGauge("shopware_sync_last_success_timestamp_seconds",
            "Unix time of the last batch that delivered at least one job.",
            [MetricLabelNames.Kind]);

        // Zeros from the start, so rate() and alerts see a series before the first job of each kind settles.
        foreach (var kind in Enum.GetValues<SyncJobKind>())
        {
            foreach (var outcome in (string[])[Delivered, Retried, Failed])
                _processed.WithLabels(KindLabel(kind), outcome);
        }
    }

    /// <summary>A batch of <paramref name="claimed"/> jobs was claimed.</summary>
    public void BatchClaimed(SyncJobKind kind, int claimed) => _batchSize.WithLabels(KindLabel(kind)).Observe(claimed);

    /// <summary>Jobs were settled at <paramref name="now"/>: the delivered ones with their delay since their first change.</summary>
    public void JobsSettled(SyncJobKind kind, IReadOnlyCollection<ClaimedJob> delivered, int retried, int failed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        var label = KindLabel(kind);
        if (delivered.Count > 0)
        {
            _processed.WithLabels(label, Delivered).Inc(delivered.Count);
            var delay = _deliveryDelay.WithLabels(label);
            foreach (var job in delivered)
                delay.Observe(Math.Max(0, (now - job.CreatedAt).TotalSeconds));
            _lastSuccess.WithLabels(label).Set(now.ToUnixTimeMilliseconds() / 1000.0);
        }

        if (retried > 0)
            _processed.WithLabels(label, Retried).Inc(retried);
        if (failed > 0)
            _processed.WithLabels(label, Failed).Inc(failed);
    }

    private static string KindLabel(SyncJobKind kind) => SyncJobStore.KindColumnValue(kind);
}

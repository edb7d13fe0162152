using Prometheus;

namespace ShopwareSync.Core.Observability;

/// <summary>The queue's gauges, set from one sample of the queue table (see <see cref="QueueMetricsSampler"/>).</summary>
public sealed class QueueMetrics
{
    private readonly Gauge _jobs;
    private readonly Gauge _oldestPendingAge;
    private readonly Gauge _sampledAt;

    public QueueMetrics(IMetricFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _jobs = factory.CreateGauge("shopware_sync_queue_jobs", "Jobs in the queue table by kind and status.",
            [MetricLabelNames.Kind, MetricLabelNames.Status]);
        _oldestPendingAge = factory.CreateGauge("shopware_sync_oldest_pending_job_age_seconds",
            "Age of the oldest pending job since its first change (the sync lag); 0 when nothing is pending.",
            [MetricLabelNames.Kind]);
        _sampledAt = factory.CreateGauge("shopware_sync_queue_sampled_timestamp_seconds",
            "Unix time of the last successful sample of the queue table.");
    }

    /// <summary>Sets every gauge from one sample; a kind or status missing from it reads 0.</summary>
    public void Record(IReadOnlyCollection<QueueSampleRow> rows, DateTimeOffset sampledAt)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var kind in QueueSampleRow.Kinds)
        {
            foreach (var status in QueueSampleRow.Statuses)
                _jobs.WithLabels(kind, status).Set(rows.Where(row => row.Kind == kind && row.Status == status).Sum(row => row.Jobs));
            var oldest = rows.Where(row => row.Kind == kind && row.Status == "pending").Select(row => row.OldestAgeSeconds).FirstOrDefault();
            _oldestPendingAge.WithLabels(kind).Set(oldest ?? 0);
        }

        _sampledAt.Set(sampledAt.ToUnixTimeMilliseconds() / 1000.0);
    }
}

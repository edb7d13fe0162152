using Prometheus;
using ShopwareSync.Core.Observability;

namespace ShopwareSync.Tests.Unit.Observability;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class QueueMetricsTests
{
    private static readonly DateTimeOffset SampledAt = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private readonly CollectorRegistry _registry = Metrics.NewCustomRegistry();

    private QueueMetrics CreateMetrics() => new(Metrics.WithCustomRegistry(_registry));

    [Test]
    public async Task Record_SampleRows_SetsJobsPerKindAndStatusAndLagOfPending()
    {
        var metrics = CreateMetrics();

        metrics.Record([new("stock", "pending", 7, 42.5), new("stock", "done", 120, 3600), new("catalog", "failed", 2, 90)], SampledAt);

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_queue_jobs", ("kind", "stock"), ("status", "pending")), Is.EqualTo(7));
        Assert.That(samples.Value("shopware_sync_queue_jobs", ("kind", "stock"), ("status", "done")), Is.EqualTo(120));
        Assert.That(samples.Value("shopware_sync_queue_jobs", ("kind", "catalog"), ("status", "failed")), Is.EqualTo(2));
        Assert.That(samples.Value("shopware_sync_oldest_pending_job_age_seconds", ("kind", "stock")), Is.EqualTo(42.5));
        Assert.That(samples.Value("shopware_sync_queue_sampled_timestamp_seconds"), Is.EqualTo(SampledAt.ToUnixTimeSeconds()));
    }

    [Test]
    public async Task Record_KindOrStatusMissingFromSample_ReadsZero()
    {
        var metrics = CreateMetrics();
        metrics.Record([new("stock", "pending", 7, 42.5)], SampledAt);

        metrics.Record([new("stock", "done", 8, 10)], SampledAt);

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_queue_jobs", ("kind", "stock"), ("status", "pending")), Is.Zero);
        Assert.That(samples.Value("shopware_sync_queue_jobs", ("kind", "catalog"), ("status", "in_progress")), Is.Zero);
        Assert.That(samples.Value("shopware_sync_oldest_pending_job_age_seconds", ("kind", "stock")), Is.Zero);
    }
}

using Prometheus;
using ShopwareSync.Core.Observability;
using ShopwareSync.Core.Queue;

namespace ShopwareSync.Tests.Unit.Observability;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SyncMetricsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private readonly CollectorRegistry _registry = Metrics.NewCustomRegistry();

    private SyncMetrics CreateMetrics() => new(Metrics.WithCustomRegistry(_registry));

    private static ClaimedJob JobCreated(TimeSpan ago) => new(1, SyncJobKind.Stock, "SW-1", 1, 1, Guid.NewGuid(), Now - ago);

    [Test]
    public async Task JobsSettled_DeliveredRetriedFailed_CountsEachOutcome()
    {
        var metrics = CreateMetrics();

        metrics.JobsSettled(SyncJobKind.Stock, [JobCreated(TimeSpan.FromSeconds(1)), JobCreated(TimeSpan.FromSeconds(2))], retried: 3, failed: 1, Now);

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_jobs_processed_total", ("kind", "stock"), ("outcome", "delivered")), Is.EqualTo(2));
        Assert.That(samples.Value("shopware_sync_jobs_processed_total", ("kind", "stock"), ("outcome", "retried")), Is.EqualTo(3));
        Assert.That(samples.Value("shopware_sync_jobs_processed_total", ("kind", "stock"), ("outcome", "failed")), Is.EqualTo(1));
    }

    [Test]
    public async Task JobsSettled_Delivered_ObservesDelaySinceFirstChangeAndSetsLastSuccess()
    {
        var metrics = CreateMetrics();

        metrics.JobsSettled(SyncJobKind.Stock, [JobCreated(TimeSpan.FromSeconds(3)), JobCreated(TimeSpan.FromSeconds(120))], 0, 0, Now);

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_job_delivery_delay_seconds_sum", ("kind", "stock")), Is.EqualTo(123));
        Assert.That(samples.Value("shopware_sync_job_delivery_delay_seconds_bucket", ("kind", "stock"), ("le", "5")), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_last_success_timestamp_seconds", ("kind", "stock")), Is.EqualTo(Now.ToUnixTimeSeconds()));
    }

    [Test]
    public async Task JobsSettled_NothingDelivered_LeavesLastSuccessUnset()
    {
        var metrics = CreateMetrics();

        metrics.JobsSettled(SyncJobKind.Stock, [], retried: 2, failed: 0, Now);

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_last_success_timestamp_seconds"), Is.Null);
    }

    [Test]
    public async Task Constructor_NoJobSettledYet_ExportsZeroForEveryKindAndOutcome()
    {
        CreateMetrics();

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_jobs_processed_total", ("kind", "catalog"), ("outcome", "failed")), Is.Zero);
        Assert.That(samples.Value("shopware_sync_jobs_processed_total", ("kind", "stock"), ("outcome", "delivered")), Is.Zero);
    }

    [Test]
    public async Task BatchClaimed_Size_ObservedInItsBucket()
    {
        var metrics = CreateMetrics();

        metrics.BatchClaimed(SyncJobKind.Stock, 150);

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_batch_size_jobs_bucket", ("kind", "stock"), ("le", "100")), Is.Zero);
        Assert.That(samples.Value("shopware_sync_batch_size_jobs_bucket", ("kind", "stock"), ("le", "200")), Is.EqualTo(1));
    }
}

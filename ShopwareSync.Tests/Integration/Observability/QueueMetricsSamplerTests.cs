using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Prometheus;
using ShopwareSync.Core.Observability;
using ShopwareSync.Tests.Infrastructure;
using ShopwareSync.Tests.Unit.Observability;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Observability;

/// <summary>The sampler's one query against a real queue table: counts per kind and status, and the sync lag.</summary>
[TestFixture]
public sealed class QueueMetricsSamplerTests : DatabaseTest
{
    private protected override Task SeedAsync(TestDatabase database) => InventoryTestData.SeedAsync(database);

    [Test]
    public async Task SampleOnceAsync_PendingJobsQueuedEarlier_ReportsCountsAndAgeOfTheOldest()
    {
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-B1", Now });
        await Database.ExecuteAsync("""
            UPDATE shopware_sync.sync_job
            SET created_at = (SELECT max(created_at) FROM shopware_sync.sync_job) - interval '90 seconds'
            WHERE job_id = (SELECT min(job_id) FROM shopware_sync.sync_job)
            """);
        var clock = new FakeTimeProvider(await Database.ScalarAsync<DateTime>("SELECT max(created_at) FROM shopware_sync.sync_job"));
        var registry = Metrics.NewCustomRegistry();
        await using var dataSource = NpgsqlDataSource.Create(Database.ConnectionString);
        var sampler = new QueueMetricsSampler(dataSource, new QueueMetrics(Metrics.WithCustomRegistry(registry)),
            new OptionsMonitorStub(), clock, NullLogger<QueueMetricsSampler>.Instance);

        await sampler.SampleOnceAsync(CancellationToken.None);

        var samples = await MetricSamples.ReadAsync(registry);
        Assert.That(samples.Value("shopware_sync_queue_jobs", ("kind", "stock"), ("status", "pending")), Is.EqualTo(2));
        Assert.That(samples.Value("shopware_sync_queue_jobs", ("kind", "stock"), ("status", "done")), Is.Zero);
        Assert.That(samples.Value("shopware_sync_oldest_pending_job_age_seconds", ("kind", "stock")), Is.EqualTo(90).Within(0.001));
    }

    private sealed class OptionsMonitorStub : IOptionsMonitor<MetricsOptions>
    {
        public MetricsOptions CurrentValue { get; } = new();

        public MetricsOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<MetricsOptions, string?> listener) => null;
    }
}

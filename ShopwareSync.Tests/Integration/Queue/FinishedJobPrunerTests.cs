using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ShopwareSync.Core.Queue;
using ShopwareSync.Core.Sync;
using ShopwareSync.Tests.Infrastructure;
using ShopwareSync.Worker.Services;

namespace ShopwareSync.Tests.Integration.Queue;

/// <summary>Old delivered jobs are deleted by one replica at a time; failed jobs stay.</summary>
[TestFixture]
public sealed class FinishedJobPrunerTests : DatabaseTest
{
    private const string OtherReplicaHoldsTheLock = "SELECT pg_advisory_lock(6005360271152054274)";
    private const string OtherReplicaReleasesTheLock = "SELECT pg_advisory_unlock(6005360271152054274)";

    [Test]
    public async Task PruneOnce_OnlyWhileNoOtherReplicaHoldsTheLock()
    {
        await Database.ExecuteAsync(
            """
            INSERT INTO shopware_sync.sync_job (kind, product_number, reason, status, finished_at, error_class, last_error)
            SELECT 'stock', 'P-' || n, 'test', 'done', now() - interval '30 days', NULL, NULL FROM generate_series(1, 2500) AS n;
            INSERT INTO shopware_sync.sync_job (kind, product_number, reason, status, finished_at, error_class, last_error)
            VALUES ('stock', 'OLD-FAILED', 'test', 'failed', now() - interval '30 days', 'permanent', 'bad'),
                   ('stock', 'RECENT', 'test', 'done', now(), NULL, NULL);
            """);
        await using var dataSource = NpgsqlDataSource.Create(Database.ConnectionString);
        var clock = new FakeTimeProvider(await Database.ScalarAsync<DateTime>("SELECT now()"));
        var options = new OptionsMonitorStub(new SyncWorkerOptions { DoneRetention = TimeSpan.FromDays(7) });
        using var pruner = new FinishedJobPruner(dataSource, new SyncJobStore(dataSource, clock), options, clock, NullLogger<FinishedJobPruner>.Instance);

        int whileLocked;
        await using (var otherReplica = await Database.OpenAsync())
        {
            await using var take = new NpgsqlCommand(OtherReplicaHoldsTheLock, otherReplica);
            await take.ExecuteScalarAsync();
            whileLocked = await pruner.PruneOnceAsync(CancellationToken.None);
            // The other replica is done with its own prune.
            await using var release = new NpgsqlCommand(OtherReplicaReleasesTheLock, otherReplica);
            await release.ExecuteScalarAsync();
        }

        var pruned = await pruner.PruneOnceAsync(CancellationToken.None);

        Assert.That(whileLocked, Is.Zero);
        Assert.That(pruned, Is.EqualTo(2500), "in chunks of 1,000 until done");
        Assert.That(await Database.QueryAsync<string>("SELECT product_number FROM shopware_sync.sync_job ORDER BY 1"), Is.EqualTo(new[] { "OLD-FAILED", "RECENT" }));
    }

    private sealed class OptionsMonitorStub(SyncWorkerOptions value) : IOptionsMonitor<SyncWorkerOptions>
    {
        public SyncWorkerOptions CurrentValue => value;

        public SyncWorkerOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SyncWorkerOptions, string?> listener) => null;
    }
}

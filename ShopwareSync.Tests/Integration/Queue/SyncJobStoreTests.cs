using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ShopwareSync.Core.Queue;
using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Queue;

/// <summary>Claiming and settling jobs on a real queue, with the clock under the test's control.</summary>
[TestFixture]
public sealed class SyncJobStoreTests : DatabaseTest
{
    private static readonly SyncJobKind[] BothKinds = [SyncJobKind.Stock, SyncJobKind.Catalog];
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private NpgsqlDataSource _dataSource = null!;
    private FakeTimeProvider _clock = null!;
    private SyncJobStore _store = null!;

    private protected override async Task SeedAsync(TestDatabase database)
    {
        await InventoryTestData.SeedAsync(database);
        _dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        // The fake clock starts a minute after the database's time: jobs the triggers stamp with the
        // database's now() during the test are then due, and nothing else moves the fake clock.
        _clock = new FakeTimeProvider(await database.ScalarAsync<DateTime>("SELECT now() + interval '1 minute'"));
        _store = new SyncJobStore(_dataSource, _clock);
    }

    [TearDown]
    public async Task DisposeDataSourceAsync() => await _dataSource.DisposeAsync();

    [Test]
    public async Task Claim_DueJobs_LeasesThemToTheHolderUpToTheLimit()
    {
        await ChangeStockAsync(Pieces, Bulk, Unknown);

        var claimed = await _store.ClaimAsync("worker-1", BothKinds, limit: 2, Lease, CancellationToken.None);

        Assert.That(claimed, Has.Count.EqualTo(2));
        Assert.That(claimed.Select(job => job.Attempt), Is.All.EqualTo(1));
        var leased = await Database.QueryAsync<(string Holder, DateTime ExpiresAt)>(
            "SELECT lease_holder, lease_expires_at FROM shopware_sync.sync_job WHERE status = 'in_progress'");
        Assert.That(leased.Select(row => row.Holder), Is.EqualTo(new[] { "worker-1", "worker-1" }));
        Assert.That(leased.Select(row => row.ExpiresAt), Is.All.EqualTo(_clock.GetUtcNow().UtcDateTime + Lease));
    }

    [Test]
    public async Task Claim_OnlyTheRequestedKinds()
    {
        await ChangeStockAsync(Pieces);
        await Database.ExecuteAsync(HostAppStatements.BulkShopStatus, new { ArticleNumber = Bulk, Price = (float?)1.5f, ShopArticle = (int?)null, Published = (string?)null });

        var claimed = await _store.ClaimAsync("worker-1", [SyncJobKind.Catalog], limit: 10, Lease, CancellationToken.None);

        Assert.That(claimed.Select(job => (job.Kind, job.ProductNumber)), Is.EqualTo(new[] { (SyncJobKind.Catalog, Bulk) }));
    }

    [Test]
    public async Task Claim_JobWaitingForItsRetry_IsNotClaimedUntilDue()
    {
        await ChangeStockAsync(Pieces);
        var job = (await _store.ClaimAsync("worker-1", BothKinds, 10, Lease, CancellationToken.None)).Single();
        await _store.RetryAsync("worker-1", [new JobRetry(job.JobId, _clock.GetUtcNow().AddSeconds(30), "HTTP 503")], CancellationToken.None);

        Assert.That(await _store.ClaimAsync("worker-1", BothKinds, 10, Lease, CancellationToken.None), Is.Empty);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var retried = await _store.ClaimAsync("worker-1", BothKinds, 10, Lease, CancellationToken.None);

        Assert.That(retried.Select(claimed => (claimed.JobId, claimed.Attempt)), Is.EqualTo(new[] { (job.JobId, 2) }));
    }

    [Test]
    public async Task Claim_ProductWithAJobInProgress_LeavesItsNewerJobPending()
    {
        await ChangeStockAsync(Pieces);
        var first = await _store.ClaimAsync("worker-1", BothKinds, 10, Lease, CancellationToken.None);
        await ChangeStockAsync(Pieces, Bulk);

        var second = await _store.ClaimAsync("worker-2", BothKinds, 10, Lease, CancellationToken.None);

        Assert.That(first.Select(job => job.ProductNumber), Is.EqualTo(new[] { Pieces }));
        Assert.That(second.Select(job => job.ProductNumber), Is.EqualTo(new[] { Bulk }), "two jobs of one product must not race to Shopware");
    }

    [Test]
    public async Task Claim_TwoWorkersAtOnce_NeverClaimTheSameJob()
    {
        await Database.ExecuteAsync(
            """
            INSERT INTO shopware_sync.sync_job (kind, product_number, reason, created_at, next_attempt_at)
            SELECT 'stock', 'P-' || n, 'test', now() - interval '1 minute', now() - interval '1 minute' FROM generate_series(1, 500) AS n
            """);

        var claims = await Task.WhenAll(Enumerable.Range(1, 4).Select(worker => ClaimAllAsync($"worker-{worker}")));

        var all = claims.SelectMany(claimed => claimed).ToList();
        Assert.That(all, Has.Count.EqualTo(500));
        Assert.That(all.Distinct().Count(), Is.EqualTo(500));

        async Task<List<long>> ClaimAllAsync(string holder)
        {
            var ids = new List<long>();
            IReadOnlyList<ClaimedJob> batch;
            while ((batch = await _store.ClaimAsync(holder, BothKinds, 25, Lease, CancellationToken.None)).Count > 0)
                ids.AddRange(batch.Select(job => job.JobId));
            return ids;
        }
    }

    [Test]
    public async Task Complete_ByAnotherHolder_ChangesNothing()
    {
        await ChangeStockAsync(Pieces);
        var job = (await _store.ClaimAsync("worker-1", BothKinds, 10, Lease, CancellationToken.None)).Single();

        var byOther = await _store.CompleteAsync("worker-2", [job.JobId], CancellationToken.None);
        var byHolder = await _store.CompleteAsync("worker-1", [job.JobId], CancellationToken.None);

        Assert.That((byOther, byHolder), Is.EqualTo((0, 1)));
        Assert.That(await StatusesAsync(), Is.EqualTo(new[] { "done" }));
    }

    [Test]
    public async Task Retry_ProductChangedDuringTheAttempt_DoneAsSupersededByTheNewerJob()
    {
        await ChangeStockAsync(Pieces);
        var job = (await _store.ClaimAsync("worker-1", BothKinds, 10, Lease, CancellationToken.None)).Single();
        await ChangeStockAsync(Pieces);

        await _store.RetryAsync("worker-1", [new JobRetry(job.JobId, _clock.GetUtcNow().AddMinutes(1), "HTTP 503")], CancellationToken.None);

        var rows = await Database.QueryAsync<(long JobId, string Status, string? Error)>(
            "SELECT job_id, status, last_error FROM shopware_sync.sync_job ORDER BY job_id");
        Assert.That(rows.Select(row => row.Status), Is.EqualTo(new[] { "done", "pending" }));
        Assert.That(rows[0].Error, Does.StartWith("HTTP 503 (superseded by pending job " + rows[1].JobId));
    }

    [Test]
    public async Task Fail_KeepsTheReason_AndALaterChangeQueuesANewJob()
    {
        await ChangeStockAsync(Pieces);
        var job = (await _store.ClaimAsync("worker-1", BothKinds, 10, Lease, CancellationToken.None)).Single();

        await _store.FailAsync("worker-1", [new JobFailure(job.JobId, "product A-100 not found in Shopware")], CancellationToken.None);
        await ChangeStockAsync(Pieces);

        var rows = await Database.QueryAsync<(string Status, string? ErrorClass, string? Error)>(
            "SELECT status, error_class, last_error FROM shopware_sync.sync_job ORDER BY job_id");
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("failed", (string?)"permanent", (string?)"product A-100 not found in Shopware"),
            ("pending", (string?)null, (string?)null),
        }));
    }

    [Test]
    public async Task Release_UntriedJob_IsDueAgainWithoutCountingTheAttempt()
    {
        await ChangeStockAsync(Pieces);
        var job = (await _store.ClaimAsync("worker-1", BothKinds, 10, Lease, CancellationToken.None)).Single();

        await _store.ReleaseAsync("worker-1", [job.JobId], CancellationToken.None);
        var again = await _store.ClaimAsync("worker-2", BothKinds, 10, Lease, CancellationToken.None);

        Assert.That(again.Select(claimed => (claimed.JobId, claimed.Attempt)), Is.EqualTo(new[] { (job.JobId, 1) }));
    }

    [Test]
    public async Task RescueExpiredLeases_HolderDied_MakesItsJobsPendingOnlyAfterTheLeaseRunsOut()
    {
        await ChangeStockAsync(Pieces, Bulk);
        await _store.ClaimAsync("worker-dead", BothKinds, 10, Lease, CancellationToken.None);

        var early = await _store.RescueExpiredLeasesAsync(CancellationToken.None);
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var rescued = await _store.RescueExpiredLeasesAsync(CancellationToken.None);
        var reclaimed = await _store.ClaimAsync("worker-2", BothKinds, 10, Lease, CancellationToken.None);

        Assert.That(early, Is.Empty);
        Assert.That(rescued.Select(job => job.ProductNumber).Order(), Is.EqualTo(new[] { Pieces, Bulk }.Order()));
        Assert.That(reclaimed.Select(job => job.Attempt), Is.All.EqualTo(2), "the lost attempt counts");
        Assert.That(await Database.QueryAsync<string>("SELECT DISTINCT last_error FROM shopware_sync.sync_job"), Is.EqualTo(new[] { "lease of worker-dead expired" }));
    }

    [Test]
    public async Task RescueExpiredLeases_ProductChangedMeanwhile_DoneAsSuperseded()
    {
        await ChangeStockAsync(Pieces);
        await _store.ClaimAsync("worker-dead", BothKinds, 10, Lease, CancellationToken.None);
        await ChangeStockAsync(Pieces);
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));

        var rescued = await _store.RescueExpiredLeasesAsync(CancellationToken.None);

        Assert.That(rescued, Is.Empty);
        Assert.That(await StatusesAsync(), Is.EqualTo(new[] { "done", "pending" }));
    }

    [Test]
    public async Task Prune_DeletesOnlyDoneJobsOlderThanTheCutOff()
    {
        await ChangeStockAsync(Pieces, Bulk, Unknown);
        var jobs = await _store.ClaimAsync("worker-1", BothKinds, 10, Lease, CancellationToken.None);
        await _store.CompleteAsync("worker-1", [jobs[0].JobId], CancellationToken.None);
        await _store.FailAsync("worker-1", [new JobFailure(jobs[1].JobId, "bad")], CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(8));
        await _store.CompleteAsync("worker-1", [jobs[2].JobId], CancellationToken.None);

        var pruned = await _store.PruneAsync(_clock.GetUtcNow().AddDays(-7), limit: 100, CancellationToken.None);

        Assert.That(pruned, Is.EqualTo(1));
        Assert.That(await StatusesAsync(), Is.EqualTo(new[] { "done", "failed" }));
    }

    private async Task ChangeStockAsync(params string[] articles)
    {
        var items = new Dictionary<string, string> { [Pieces] = "I-A1", [Bulk] = "I-B1", [Unknown] = "I-C1" };
        foreach (var article in articles)
        {
            // NULL + 1 stays NULL; give the unknown-stock item a value first.
            await Database.ExecuteAsync("""UPDATE items SET "Auf_Lager" = COALESCE("Auf_Lager", 0) + 1 WHERE "ItemUUID" = @ItemUuid""", new { ItemUuid = items[article] });
        }
    }

    private Task<IReadOnlyList<string>> StatusesAsync() =>
        Database.QueryAsync<string>("SELECT status FROM shopware_sync.sync_job ORDER BY status");
}

using ShopwareSync.Core.Queue;
using ShopwareSync.Sandbox.Observability;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Sync;

/// <summary>
/// Nothing is lost and nothing is wrong at the end: with a faulty Shopware, a worker that dies mid-batch,
/// two workers side by side, and a shutdown in the middle of a request.
/// </summary>
[TestFixture]
public sealed class StockSyncFaultTests : DatabaseTest
{
    private const int Articles = 300;

    private SyncRig? _rig;

    [TearDown]
    public async Task StopRigAsync()
    {
        if (_rig is not null)
            await _rig.DisposeAsync();
    }

    [Test]
    public async Task FaultyShopware_503sRateLimitsAndDyingTokens_FinalStateIsExact()
    {
        _rig = await StartRigAsync(new Dictionary<string, string?>
        {
            ["Sandbox:Faults:ServiceUnavailableRatio"] = "0.2",
            ["Sandbox:Faults:RateLimitPermits"] = "8",
            ["Sandbox:Faults:RateLimitWindow"] = "00:00:01",
            ["Sandbox:Faults:TokenExpiresAfterRequests"] = "3",
        });

        await ChangeEveryArticleAsync(rounds: 3, _rig.CreateProcessor());

        await AssertSandboxMatchesDatabaseAsync(_rig);
        var counters = _rig.Sandbox.GetRequiredService<SandboxCounters>().Snapshot();
        Assert.That(counters.Requests.Where(r => r.Status == 503).Sum(r => r.Count), Is.GreaterThan(0), "faults happened");
        Assert.That(counters.Requests.Where(r => r.Status == 401).Sum(r => r.Count), Is.GreaterThan(0), "tokens died");
        Assert.That(counters.Requests.Where(r => r.Status == 429).Sum(r => r.Count), Is.GreaterThan(0), "the rate limit bit");
        await TestContext.Out.WriteLineAsync(
            $"Faulty run: {counters.Requests.Sum(r => r.Count)} requests, {counters.Requests.Where(r => r.Status == 503).Sum(r => r.Count)} answered 503, " +
            $"{counters.Requests.Where(r => r.Status == 429).Sum(r => r.Count)} answered 429, {counters.Requests.Where(r => r.Status == 401).Sum(r => r.Count)} answered 401");
    }

    [Test]
    public async Task WorkerDiesMidBatch_AnotherWorkerDeliversOnceTheLeaseRunsOut()
    {
        _rig = await StartRigAsync();
        await CreateArticlesAsync();
        await Database.ExecuteAsync("""UPDATE items SET "Auf_Lager" = "Auf_Lager" + 5 WHERE "ItemUUID" LIKE 'LOAD-%'""");
        // The dead worker claimed a batch and never settled it (kill -9 between claim and push).
        var lost = await _rig.Store.ClaimAsync("dead-worker", [SyncJobKind.Stock], 100, TimeSpan.FromMinutes(2), CancellationToken.None);

        var survivor = _rig.CreateProcessor("survivor");
        await _rig.DrainAsync(survivor);

        Assert.That(lost, Has.Count.EqualTo(100));
        await AssertSandboxMatchesDatabaseAsync(_rig);
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.sync_job WHERE last_error LIKE 'lease of dead-worker expired%'"), Is.EqualTo(100));
    }

    [Test]
    public async Task TwoWorkersSideBySide_ConvergeAndNoJobIsProcessedTwice()
    {
        _rig = await StartRigAsync();
        await CreateArticlesAsync();
        await Database.ExecuteAsync("""UPDATE items SET "Auf_Lager" = "Auf_Lager" + 2 WHERE "ItemUUID" LIKE 'LOAD-%'""");

        var first = _rig.CreateProcessor("worker-a");
        var second = _rig.CreateProcessor("worker-b");
        var outcomes = await Task.WhenAll(_rig.DrainAsync(first, othersAreAlive: true), _rig.DrainAsync(second, othersAreAlive: true));

        await AssertSandboxMatchesDatabaseAsync(_rig);
        Assert.That(outcomes.Select(o => o.Sum(batch => batch.Delivered)), Has.All.GreaterThan(0), "both workers took a share");
        Assert.That(outcomes.Sum(o => o.Sum(batch => batch.Delivered)), Is.EqualTo(Articles), "each job delivered once");
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.sync_job WHERE attempts <> 1"), Is.Zero, "no job was claimed twice");
    }

    [Test]
    public async Task Shutdown_WhileTheRequestIsInFlight_ReleasesTheBatchUntried()
    {
        _rig = await StartRigAsync(new Dictionary<string, string?> { ["Sandbox:Faults:Latency"] = "00:01:00" });
        await CreateArticlesAsync();
        await Database.ExecuteAsync("""UPDATE items SET "Auf_Lager" = "Auf_Lager" + 1 WHERE "ItemUUID" LIKE 'LOAD-%'""");
        using var shutdown = new CancellationTokenSource();
        var counters = _rig.Sandbox.GetRequiredService<SandboxCounters>();

        var batch = _rig.CreateProcessor().RunOnceAsync(shutdown.Token);
        while (counters.RequestsInLatency == 0 && !batch.IsCompleted)
            await Task.Delay(10);
        await shutdown.CancelAsync();

        Assert.That(async () => await batch, Throws.InstanceOf<OperationCanceledException>());
        var jobs = await Database.QueryAsync<(string Status, int Attempts)>("SELECT status, attempts FROM shopware_sync.sync_job");
        Assert.That(jobs.Select(job => job.Status).Distinct(), Is.EqualTo(new[] { "pending" }));
        Assert.That(jobs.Select(job => job.Attempts).Distinct(), Is.EqualTo(new[] { 0 }), "an untried attempt is not counted");
    }

    private async Task<SyncRig> StartRigAsync(IReadOnlyDictionary<string, string?>? sandboxSettings = null) =>
        await SyncRig.StartAsync(Database, sandboxSettings, new Dictionary<string, string?> { ["Shopware:BatchSize"] = "100" });

    private async Task ChangeEveryArticleAsync(int rounds, Core.Sync.StockSyncProcessor processor)
    {
        await CreateArticlesAsync();
        for (var round = 0; round < rounds; round++)
        {
            await Database.ExecuteAsync("""UPDATE items SET "Auf_Lager" = "Auf_Lager" + 1 WHERE "ItemUUID" LIKE 'LOAD-%'""");
            await _rig!.DrainAsync(processor);
        }
    }

    private async Task CreateArticlesAsync()
    {
        await Database.ExecuteAsync(
            """
            INSERT INTO item_refs ("Artikel_Nummer", "Artikelbeschreibung") SELECT 'LOAD-' || a, 'Last ' || a FROM generate_series(1, @Articles) AS a;
            INSERT INTO items ("ItemUUID", "Artikel_Nummer", "UpdatedAt", "Auf_Lager") SELECT 'LOAD-' || a, 'LOAD-' || a, 'now', a % 7 FROM generate_series(1, @Articles) AS a;
            DELETE FROM shopware_sync.sync_job;
            """, new { Articles });
        _rig!.SeedSandbox(Enumerable.Range(1, Articles).Select(a => ($"LOAD-{a}", 0)));
    }

    private static async Task AssertSandboxMatchesDatabaseAsync(SyncRig rig)
    {
        var expected = await rig.DatabaseStockAsync();
        var actual = rig.SandboxStock();
        Assert.That(actual.OrderBy(p => p.Key), Is.EqualTo(expected.Select(p => new KeyValuePair<string, int>(p.Key, (int)p.Value)).OrderBy(p => p.Key)));
    }
}

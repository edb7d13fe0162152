using System.Diagnostics;
using ShopwareSync.Core.Sync;
using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Sync;

/// <summary>
/// Changes made through the app's tables reach the sandbox Shopware over HTTP, batched, exactly right.
/// </summary>
[TestFixture]
public sealed class StockSyncTests : DatabaseTest
{
    private SyncRig _rig = null!;

    private protected override async Task SeedAsync(TestDatabase database)
    {
        await InventoryTestData.SeedAsync(database);
        _rig = await SyncRig.StartAsync(database);
        _rig.SeedSandbox([(Pieces, 0), (Bulk, 0), (Unknown, 0)]);
    }

    [TearDown]
    public async Task StopRigAsync() => await _rig.DisposeAsync();

    [Test]
    public async Task AddOneUnit_ReachesTheSandbox_AndLinksTheProduct()
    {
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });

        await _rig.DrainAsync(_rig.CreateProcessor());

        Assert.That(_rig.SandboxStock()[Pieces], Is.EqualTo(3));
        Assert.That(await Database.ScalarAsync<string>("SELECT linked_by FROM shopware_sync.product_map WHERE product_number = @Pieces", new { Pieces }), Is.EqualTo("search"));
        Assert.That(await Database.ScalarAsync<string>("SELECT status FROM shopware_sync.sync_job"), Is.EqualTo("done"));
    }

    [Test]
    public async Task RepointInstance_UpdatesBothProducts()
    {
        await Database.ExecuteAsync(HostAppStatements.RepointInstance, new { ItemUuid = "I-A1", ArticleNumber = Unknown, Now });

        await _rig.DrainAsync(_rig.CreateProcessor());

        var stock = _rig.SandboxStock();
        Assert.That((stock[Pieces], stock[Unknown]), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task DeleteInstance_LowersTheStock()
    {
        await Database.ExecuteAsync(HostAppStatements.DeleteInstance, new { ItemUuid = "I-B1" });

        await _rig.DrainAsync(_rig.CreateProcessor());

        Assert.That(_rig.SandboxStock()[Bulk], Is.Zero);
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.sync_job WHERE status = 'done'"), Is.EqualTo(1));
    }

    [Test]
    public async Task DeleteArticle_LinkedProduct_GetsStockZero()
    {
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-B1", Now });
        await _rig.DrainAsync(_rig.CreateProcessor());

        await Database.ExecuteAsync("""DELETE FROM item_refs WHERE "Artikel_Nummer" = @Bulk""", new { Bulk });
        await _rig.DrainAsync(_rig.CreateProcessor());

        Assert.That(_rig.SandboxStock()[Bulk], Is.Zero, "a vanished article must not stay sellable");
    }

    [Test]
    public async Task DeleteArticle_NeverLinked_NeedsNothingAndSendsNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference("GONE-1", "Weg", 5f, "Stk"));
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-G1", "GONE-1", 2));
        await Database.ExecuteAsync("DELETE FROM shopware_sync.sync_job");

        await Database.ExecuteAsync("""DELETE FROM item_refs WHERE "Artikel_Nummer" = 'GONE-1'""");
        var outcomes = await _rig.DrainAsync(_rig.CreateProcessor());

        Assert.That(await Database.ScalarAsync<string>("SELECT status FROM shopware_sync.sync_job WHERE kind = 'stock'"), Is.EqualTo("done"));
        Assert.That(outcomes.Sum(outcome => outcome.SyncRequests), Is.Zero);
    }

    [Test]
    public async Task ProductMissingInShopware_FailsPermanentlyWithTheReason()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference("SW-123", "Neu", 5f, "Stk"));
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-N2", "SW-123", 4));

        var outcomes = await _rig.DrainAsync(_rig.CreateProcessor());

        var failed = (await Database.QueryAsync<(string Status, string Error, int Attempts)>(
            "SELECT status, last_error, attempts FROM shopware_sync.sync_job WHERE product_number = 'SW-123' AND kind = 'stock'")).Single();
        Assert.That(failed, Is.EqualTo(("failed", "product SW-123 not found in Shopware", 1)));
        Assert.That(outcomes.Sum(outcome => outcome.Failed), Is.EqualTo(1));
    }

    [Test]
    public async Task StockBeyondShopwaresRange_FailsThatJobAndDeliversItsBatchMates()
    {
        await Database.ExecuteAsync("""UPDATE items SET "Auf_Lager" = 2147483647 WHERE "ItemUUID" = 'I-B1'""");
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-B2", Bulk, 10));
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });

        var outcomes = await _rig.DrainAsync(_rig.CreateProcessor());

        Assert.That(outcomes[0].Claimed, Is.EqualTo(2), "both jobs were in one batch");
        Assert.That(_rig.SandboxStock()[Pieces], Is.EqualTo(3));
        var error = await Database.ScalarAsync<string>($"SELECT last_error FROM shopware_sync.sync_job WHERE product_number = '{Bulk}'");
        Assert.That(error, Does.Contain("exceeds Shopware's maximum"));
    }

    [Test]
    public async Task TenThousandChanges_OverAThousandProducts_ConvergeInFewRequests()
    {
        const int articles = 1000;
        await CreateArticlesAsync(articles);
        var processor = _rig.CreateProcessor();
        var watch = Stopwatch.StartNew();
        var outcomes = new List<BatchOutcome>();

        // Ten rounds of 1,000 single-row changes each, the worker draining between rounds.
        for (var round = 0; round < 10; round++)
        {
            await Database.ExecuteAsync(
                """
                UPDATE items SET "Auf_Lager" = "Auf_Lager" + (CASE WHEN random() < 0.5 THEN 1 ELSE 2 END)
                WHERE "ItemUUID" = ANY(@ids)
                """, new { ids = Enumerable.Range(1, articles).Select(a => $"LOAD-{a}-{1 + ((a + round) % 3)}").ToArray() });
            outcomes.AddRange(await _rig.DrainAsync(processor));
        }

        watch.Stop();
        var expected = await _rig.DatabaseStockAsync();
        var actual = _rig.SandboxStock();
        Assert.That(actual.Where(p => p.Key.StartsWith("LOAD-", StringComparison.Ordinal)).OrderBy(p => p.Key),
            Is.EqualTo(expected.Where(p => p.Key.StartsWith("LOAD-", StringComparison.Ordinal)).Select(p => new KeyValuePair<string, int>(p.Key, (int)p.Value)).OrderBy(p => p.Key)));
        var requests = outcomes.Sum(outcome => outcome.SyncRequests);
        Assert.That(requests, Is.LessThanOrEqualTo(10 * (articles / 200 + 1)), "batched: a few sync requests per thousand changes");
        await TestContext.Out.WriteLineAsync($"10,000 changes over {articles} products: {requests} sync requests, drained in {watch.ElapsedMilliseconds} ms");
    }

    private async Task CreateArticlesAsync(int articles)
    {
        await Database.ExecuteAsync(
            """
            INSERT INTO item_refs ("Artikel_Nummer", "Artikelbeschreibung", "Verkaufspreis") SELECT 'LOAD-' || a, 'Last ' || a, 9.99 FROM generate_series(1, @articles) AS a;
            INSERT INTO items ("ItemUUID", "Artikel_Nummer", "UpdatedAt", "Auf_Lager")
            SELECT 'LOAD-' || a || '-' || i, 'LOAD-' || a, 'now', 1 FROM generate_series(1, @articles) AS a, generate_series(1, 3) AS i;
            DELETE FROM shopware_sync.sync_job;
            """, new { articles });
        _rig.SeedSandbox(Enumerable.Range(1, articles).Select(a => ($"LOAD-{a}", 3)));
    }
}

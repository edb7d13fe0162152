using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Database;

/// <summary>
/// Each of the app's statements (../shared/host-app.md) leaves exactly the jobs it should: stock jobs when
/// an article's summed "Auf_Lager" changes, catalog jobs when a Shopware-visible column changes, and
/// nothing for the rest.
/// </summary>
[TestFixture]
public sealed class TriggerTests : DatabaseTest
{
    private protected override Task SeedAsync(TestDatabase database) => InventoryTestData.SeedAsync(database);

    [Test]
    public async Task AddOneUnit_QueuesStockJobOfItsArticle()
    {
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"stock:{Pieces}" }));
    }

    [Test]
    public async Task RemoveOneUnit_QueuesStockJobOfItsArticle()
    {
        await Database.ExecuteAsync(HostAppStatements.RemoveOneUnit, new { ItemUuid = "I-B1", Now });

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"stock:{Bulk}" }));
    }

    [Test]
    public async Task RemoveOneUnit_ItemAlreadyEmpty_QueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.ZeroPiece, new { ItemUuid = "I-A1", Now });
        await Database.ExecuteAsync("DELETE FROM shopware_sync.sync_job");

        var updated = await Database.ExecuteAsync(HostAppStatements.RemoveOneUnit, new { ItemUuid = "I-A1", Now });

        Assert.That(updated, Is.Zero);
        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task ZeroPiece_QueuesStockJob_AndZeroingAgainQueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.ZeroPiece, new { ItemUuid = "I-A2", Now });
        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"stock:{Pieces}" }));

        await Database.ExecuteAsync("DELETE FROM shopware_sync.sync_job");
        await Database.ExecuteAsync(HostAppStatements.ZeroPiece, new { ItemUuid = "I-A2", Now });
        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task ZeroPiece_StockWasNull_QueuesNothing()
    {
        // NULL counts as 0, so NULL -> 0 leaves the article's stock as it was.
        await Database.ExecuteAsync(HostAppStatements.ZeroPiece, new { ItemUuid = "I-C1", Now });

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task DeleteInstance_QueuesStockJob()
    {
        await Database.ExecuteAsync(HostAppStatements.DeleteInstance, new { ItemUuid = "I-A1" });

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"stock:{Pieces}" }));
    }

    [Test]
    public async Task DeleteInstance_WithoutStock_QueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.DeleteInstance, new { ItemUuid = "I-C1" });

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task UpsertInstance_NewItemWithStock_QueuesStockJob()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-C2", Unknown, 2));

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"stock:{Unknown}" }));
    }

    [Test]
    public async Task UpsertInstance_NewItemWithoutStock_QueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-C2", Unknown, 0));
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-C3", Unknown, null));

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task UpsertInstance_AllColumnsUnchanged_QueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-B1", Bulk, 40, boxId: "B-2"));

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task UpsertInstance_StockChanged_QueuesStockJob()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-B1", Bulk, 35, boxId: "B-2"));

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"stock:{Bulk}" }));
    }

    [Test]
    public async Task UpsertReference_AllColumnsUnchanged_QueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference(Pieces, "Akku 18V", 19.99f, "Stk"));

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [TestCaseSource(nameof(CatalogChanges))]
    public async Task UpsertReference_CatalogColumnChanged_QueuesCatalogJobOnly(ReferenceRow changed)
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, changed);

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"catalog:{Pieces}" }));
    }

    private static IEnumerable<TestCaseData> CatalogChanges()
    {
        var seeded = Reference(Pieces, "Akku 18V", 19.99f, "Stk");
        yield return new TestCaseData(seeded with { Name = "Akku 18V 4Ah" }).SetArgDisplayNames("name");
        yield return new TestCaseData(seeded with { ShortText = "Neu" }).SetArgDisplayNames("short description");
        yield return new TestCaseData(seeded with { LongText = """{"Spannung":"36 V"}""" }).SetArgDisplayNames("specs");
        yield return new TestCaseData(seeded with { Manufacturer = "Makita" }).SetArgDisplayNames("manufacturer");
        yield return new TestCaseData(seeded with { Price = 24.5f }).SetArgDisplayNames("price");
        yield return new TestCaseData(seeded with { Ean = "4006381333931" }).SetArgDisplayNames("EAN");
        yield return new TestCaseData(seeded with { LengthMm = 101 }).SetArgDisplayNames("length");
        yield return new TestCaseData(seeded with { WidthMm = null }).SetArgDisplayNames("width");
        yield return new TestCaseData(seeded with { HeightMm = 21 }).SetArgDisplayNames("height");
        yield return new TestCaseData(seeded with { WeightKg = 0.3f }).SetArgDisplayNames("weight");
        yield return new TestCaseData(seeded with { ShopArticle = 0 }).SetArgDisplayNames("shop article");
        yield return new TestCaseData(seeded with { Published = "no" }).SetArgDisplayNames("published");
        yield return new TestCaseData(seeded with { Unit = "Menge" }).SetArgDisplayNames("unit");
    }

    [TestCaseSource(nameof(IrrelevantReferenceChanges))]
    public async Task UpsertReference_OnlyIrrelevantColumnChanged_QueuesNothing(ReferenceRow changed)
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, changed);

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    private static IEnumerable<TestCaseData> IrrelevantReferenceChanges()
    {
        var seeded = Reference(Pieces, "Akku 18V", 19.99f, "Stk");
        yield return new TestCaseData(seeded with { SearchTerm = "akku" }).SetArgDisplayNames("search term");
        yield return new TestCaseData(seeded with { Quality = 5 }).SetArgDisplayNames("quality");
        yield return new TestCaseData(seeded with { MainCategoryA = "20" }).SetArgDisplayNames("category");
        // The worker may mirror ids into this column, and the app's imports overwrite it (even with NULL).
        yield return new TestCaseData(seeded with { ShopwareProductId = "0190a1b2c3d4e5f60718293a4b5c6d7e" }).SetArgDisplayNames("Shopware id");
    }

    [Test]
    public async Task UpsertReference_NewArticle_QueuesCatalogJob()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference("D-400", "Lampe", 9.9f, "Stk"));

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { "catalog:D-400" }));
    }

    [Test]
    public async Task BulkShopStatus_AllParametersNull_QueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.BulkShopStatus,
            new { ArticleNumber = Pieces, Price = (float?)null, ShopArticle = (int?)null, Published = (string?)null });

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task BulkShopStatus_PublishesArticles_QueuesCatalogJobPerArticle()
    {
        foreach (var article in new[] { Pieces, Bulk, Unknown })
        {
            await Database.ExecuteAsync(HostAppStatements.BulkShopStatus,
                new { ArticleNumber = article, Price = (float?)null, ShopArticle = (int?)1, Published = "no" });
        }

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"catalog:{Pieces}", $"catalog:{Bulk}", $"catalog:{Unknown}" }));
    }

    [Test]
    public async Task MoveToBox_QueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.MoveToBox, new { ItemUuid = "I-A1", BoxId = "B-2", Location = "Regal 9", Now });

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task RepointInstance_QueuesStockJobsOfBothArticles()
    {
        await Database.ExecuteAsync(HostAppStatements.RepointInstance, new { ItemUuid = "I-A1", ArticleNumber = Unknown, Now });

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"stock:{Pieces}", $"stock:{Unknown}" }));
    }

    [Test]
    public async Task RepointInstance_FromNoArticle_QueuesStockJobOfNewArticleOnly()
    {
        await Database.ExecuteAsync(HostAppStatements.RepointInstance, new { ItemUuid = "I-N1", ArticleNumber = Bulk, Now });

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"stock:{Bulk}" }));
    }

    [Test]
    public async Task RenameArticle_QueuesBothKindsForBothNumbers()
    {
        await Database.ExecuteAsync(HostAppStatements.RenameArticle, new { ArticleNumber = Pieces, NewArticleNumber = "A-101" });

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"catalog:{Pieces}", $"stock:{Pieces}", "catalog:A-101", "stock:A-101" }));
        var cascaded = await Database.ScalarAsync<long>("""SELECT count(*) FROM items WHERE "Artikel_Nummer" = 'A-101'""");
        Assert.That(cascaded, Is.EqualTo(2), "the rename cascades to the article's items");
    }

    [Test]
    public async Task RenameInstance_QueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.RenameInstance, new { ItemUuid = "I-A1", NewItemUuid = "I-A1-renamed" });

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task ErpMarkExported_ManyArticles_QueuesNothing()
    {
        await Database.ExecuteAsync(HostAppStatements.ErpMarkExported, new { ArticleNumbers = new[] { Pieces, Bulk, Unknown }, Now });

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task ItemWithoutArticle_StockChanges_QueuesNothingAndSucceeds()
    {
        var updated = await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-N1", Now });

        Assert.That(updated, Is.EqualTo(1));
        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task DeleteArticle_QueuesBothKinds_AndItsItemsLoseTheArticle()
    {
        await Database.ExecuteAsync("""DELETE FROM item_refs WHERE "Artikel_Nummer" = @ArticleNumber""", new { ArticleNumber = Pieces });

        Assert.That(await JobKeysAsync(), Is.EqualTo(new[] { $"catalog:{Pieces}", $"stock:{Pieces}" }));
    }

    [Test]
    public async Task Change_RolledBack_LeavesNoJob()
    {
        await using (var connection = await Database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now }, transaction);
            await transaction.RollbackAsync();
        }

        Assert.That(await JobKeysAsync(), Is.Empty);
    }

    [Test]
    public async Task AppStatements_NeverTouchTheAppsOwnQueue()
    {
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        await Database.ExecuteAsync(HostAppStatements.RenameArticle, new { ArticleNumber = Bulk, NewArticleNumber = "B-201" });

        var appQueueRows = await Database.ScalarAsync<long>("SELECT count(*) FROM public.shopware_sync_queue");
        Assert.That(appQueueRows, Is.Zero);
        Assert.That(await JobKeysAsync(), Is.Not.Empty);
    }

    private async Task<string[]> JobKeysAsync() =>
        (await Database.QueryAsync<QueuedJob>(QueuedJob.SelectAll)).Select(job => job.Key).ToArray();
}

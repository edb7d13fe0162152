using Microsoft.Extensions.Options;
using Npgsql;
using ShopwareSync.Core.Database;
using ShopwareSync.Core.Mapping;
using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Database;

/// <summary>Links land in shopware_sync.product_map, and in the app's column only when mirroring is on.</summary>
[TestFixture]
public sealed class ProductMapStoreTests : DatabaseTest
{
    private const string FirstId = "0190a1b2c3d4e5f60718293a4b5c6d7e";
    private const string SecondId = "ffffffffffffffffffffffffffffffff";

    private NpgsqlDataSource _dataSource = null!;

    private protected override async Task SeedAsync(TestDatabase database)
    {
        await InventoryTestData.SeedAsync(database);
        _dataSource = NpgsqlDataSource.Create(database.ConnectionString);
    }

    [TearDown]
    public async Task DisposeDataSourceAsync() => await _dataSource.DisposeAsync();

    [Test]
    public async Task Link_WithoutMirror_WritesTheMapOnlyAndShowsInTheSourceView()
    {
        await Store(mirror: false).LinkAsync(Pieces, FirstId, ProductLinkMethod.Search, CancellationToken.None);

        Assert.That(await Database.ScalarAsync<string>("SELECT shopware_product_id FROM shopware_sync.product_source WHERE product_number = @Pieces", new { Pieces }), Is.EqualTo(FirstId));
        Assert.That(await Database.ScalarAsync<string?>("""SELECT "ShopwareProductId" FROM item_refs WHERE "Artikel_Nummer" = @Pieces""", new { Pieces }), Is.Null);
    }

    [Test]
    public async Task Link_WithMirror_AlsoWritesTheAppsColumnAndQueuesNothing()
    {
        await Store(mirror: true).LinkAsync(Pieces, FirstId, ProductLinkMethod.Created, CancellationToken.None);

        Assert.That(await Database.ScalarAsync<string?>("""SELECT "ShopwareProductId" FROM item_refs WHERE "Artikel_Nummer" = @Pieces""", new { Pieces }), Is.EqualTo(FirstId));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.sync_job"), Is.Zero);
    }

    [Test]
    public async Task Link_AppImportOverwritesMirror_MapStillCounts()
    {
        var store = Store(mirror: true);
        await store.LinkAsync(Pieces, FirstId, ProductLinkMethod.Search, CancellationToken.None);

        // The app's whole-row upsert writes EXCLUDED."ShopwareProductId", here NULL.
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference(Pieces, "Akku 18V", 19.99f, "Stk"));

        Assert.That(await store.FindAsync(Pieces, CancellationToken.None), Is.EqualTo(FirstId));
    }

    [Test]
    public async Task Link_Again_ReplacesTheIdAndRecordsTheMethod()
    {
        var store = Store(mirror: false);
        await store.LinkAsync(Pieces, FirstId, ProductLinkMethod.Search, CancellationToken.None);

        await store.LinkAsync(Pieces, SecondId, ProductLinkMethod.Manual, CancellationToken.None);

        var row = (await Database.QueryAsync<(string Id, string LinkedBy)>(
            "SELECT shopware_product_id, linked_by FROM shopware_sync.product_map")).Single();
        Assert.That(row, Is.EqualTo((SecondId, "manual")));
    }

    [Test]
    public async Task Link_SameShopwareProductForTwoArticles_IsRefused()
    {
        var store = Store(mirror: false);
        await store.LinkAsync(Pieces, FirstId, ProductLinkMethod.Search, CancellationToken.None);

        var error = await Assert.ThrowsAsync<PostgresException>(() => store.LinkAsync(Bulk, FirstId, ProductLinkMethod.Search, CancellationToken.None));

        Assert.That(error!.ConstraintName, Is.EqualTo("product_map_one_article_per_shopware_product"));
    }

    [TestCase("0190A1B2C3D4E5F60718293A4B5C6D7E")]
    [TestCase("0190a1b2-c3d4-e5f6-0718-293a4b5c6d7e")]
    [TestCase("")]
    public async Task Link_MalformedId_IsRefusedBeforeTouchingTheDatabase(string id)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store(mirror: false).LinkAsync(Pieces, id, ProductLinkMethod.Search, CancellationToken.None));

        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.product_map"), Is.Zero);
    }

    private ProductMapStore Store(bool mirror) =>
        new(_dataSource, Options.Create(new DatabaseOptions { ConnectionString = Database.ConnectionString, MirrorShopwareProductId = mirror }));
}

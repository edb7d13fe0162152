using Microsoft.Extensions.Logging.Abstractions;
using ShopwareSync.Core.Database;
using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Database;

/// <summary>
/// migrate on a database that already holds the app's tables and data: applies everything once, keeps the
/// data, changes nothing when run again (with DbUp or with psql), and survives the app's own start-up.
/// </summary>
[TestFixture]
public sealed class MigrationTests : DatabaseTest
{
    private protected override Task<TestDatabase> CreateAsync() => TestDatabase.CreateAppOnlyAsync();

    [Test]
    public async Task Migrate_AppDatabaseWithData_AppliesEveryScriptAndKeepsTheData()
    {
        await Database.ExecuteAsync(HostAppStatements.InsertBox, new { BoxId = "B-1", Now });
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference(Pieces, "Akku 18V", 19.99f, "Stk"));
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, new[] { Instance("I-1", Pieces, 2), Instance("I-2", Pieces, null) });

        var applied = await Migrator().MigrateAsync(CancellationToken.None);

        Assert.That(applied, Is.EqualTo(SchemaMigrator.Scripts.Select(script => script.Name)));
        Assert.That(await Database.ScalarAsync<long>("""SELECT sum("Auf_Lager") FROM items"""), Is.EqualTo(2));
        Assert.That(await Database.ScalarAsync<long>("SELECT stock FROM shopware_sync.product_source WHERE product_number = @Pieces", new { Pieces }), Is.EqualTo(2));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.sync_job"), Is.Zero,
            "installing queues nothing by itself; a backfill does the first push");
    }

    [Test]
    public async Task Migrate_RunTwice_SecondRunAppliesNothingAndChangesNothing()
    {
        var migrator = Migrator();
        await migrator.MigrateAsync(CancellationToken.None);
        var before = await SchemaSnapshot.TakeAsync(Database);

        var secondRun = await migrator.MigrateAsync(CancellationToken.None);

        Assert.That(secondRun, Is.Empty);
        Assert.That(await migrator.PendingScriptsAsync(CancellationToken.None), Is.Empty);
        Assert.That(await SchemaSnapshot.TakeAsync(Database), Is.EqualTo(before));
    }

    [Test]
    public async Task PendingScripts_FreshDatabase_ListsEveryScriptWithoutApplyingAny()
    {
        var pending = await Migrator().PendingScriptsAsync(CancellationToken.None);

        Assert.That(pending, Is.EqualTo(SchemaMigrator.Scripts.Select(script => script.Name)));
        Assert.That(await Database.ScalarAsync<bool>("SELECT to_regclass('shopware_sync.sync_job') IS NULL"), Is.True);
    }

    [Test]
    public async Task Migrate_TwoReplicasAtOnce_BothSucceedAndEachScriptRunsOnce()
    {
        var runs = await Task.WhenAll(Migrator().MigrateAsync(CancellationToken.None), Migrator().MigrateAsync(CancellationToken.None));

        Assert.That(runs.Sum(applied => applied.Count), Is.EqualTo(SchemaMigrator.Scripts.Count));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.schema_migrations"), Is.EqualTo(SchemaMigrator.Scripts.Count));
    }

    [Test]
    public async Task Scripts_AppliedWithPsqlInNameOrderTwice_MatchWhatMigrateBuilds()
    {
        await using var migrated = await TestDatabase.CreateMigratedAsync();

        foreach (var script in RepositoryFiles.MigrationScripts)
            await Psql.RunFileAsync(Database, script);
        var afterFirstPass = await SchemaSnapshot.TakeAsync(Database);
        foreach (var script in RepositoryFiles.MigrationScripts)
            await Psql.RunFileAsync(Database, script);

        Assert.That(await SchemaSnapshot.TakeAsync(Database), Is.EqualTo(afterFirstPass), "a second psql pass changes nothing");
        Assert.That(afterFirstPass, Is.EqualTo(await SchemaSnapshot.TakeAsync(migrated)), "psql and migrate build the same schema");
        Assert.That(afterFirstPass, Has.Some.StartsWith("trigger CREATE TRIGGER shopware_sync_900_capture_update AFTER UPDATE ON public.items"));
    }

    [Test]
    public async Task AppStartup_AfterMigrate_KeepsTriggersWorking()
    {
        await Migrator().MigrateAsync(CancellationToken.None);
        var before = await SchemaSnapshot.TakeAsync(Database);

        // The app runs its CREATE TABLE IF NOT EXISTS / ADD COLUMN IF NOT EXISTS at every start.
        foreach (var script in RepositoryFiles.AppSchemaScripts)
            await Psql.RunFileAsync(Database, script);
        await Database.ExecuteAsync(HostAppStatements.InsertBox, new { BoxId = "B-1", Now });
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference(Pieces, "Akku 18V", 19.99f, "Stk"));
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-1", Pieces, 1));

        Assert.That(await SchemaSnapshot.TakeAsync(Database), Is.EqualTo(before));
        Assert.That(await Database.QueryAsync<string>("SELECT kind || ':' || product_number FROM shopware_sync.sync_job ORDER BY 1"),
            Is.EqualTo(new[] { $"catalog:{Pieces}", $"stock:{Pieces}" }));
    }

    [Test]
    public void Scripts_EmbeddedInTheWorker_AreTheFilesOfDbMigrations()
    {
        var onDisk = RepositoryFiles.MigrationScripts.Select(path => (Path.GetFileName(path), File.ReadAllText(path)));

        Assert.That(SchemaMigrator.Scripts.Select(script => (script.Name, script.Contents)), Is.EqualTo(onDisk));
    }

    private SchemaMigrator Migrator() => new(Database.ConnectionString, NullLogger<SchemaMigrator>.Instance);
}

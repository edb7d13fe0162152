using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ShopwareSync.Core.Database;
using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Database;

/// <summary>
/// db/roles/create_worker_role.sql: the worker's role can migrate and read what it needs and nothing
/// more; the app's role needs no privilege on shopware_sync for its writes to be captured.
/// </summary>
[TestFixture]
public sealed class WorkerRoleTests
{
    private TestDatabase _database = null!;
    private string _workerRole = null!;
    private string _appRole = null!;

    [SetUp]
    public async Task CreateRolesAsync()
    {
        _database = await TestDatabase.CreateAppOnlyAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        _workerRole = $"swsync_worker_{suffix}";
        _appRole = $"inventory_app_{suffix}";
        // The app's role: owns nothing of ShopwareSync, may change its own tables.
        await _database.ExecuteAsync($"""
            CREATE ROLE {_appRole} LOGIN;
            GRANT SELECT, INSERT, UPDATE, DELETE ON public.items, public.item_refs, public.boxes TO {_appRole};
            """);
    }

    [TearDown]
    public async Task DropRolesAsync()
    {
        await _database.DisposeAsync();
        await AdminSql.ExecuteAsync(_database.Server.AdminConnectionString, $"DROP ROLE IF EXISTS {_workerRole}; DROP ROLE IF EXISTS {_appRole};");
    }

    [Test]
    public async Task WorkerRole_MigratesAndReadsTheSourceView_AndAppWritesAreCaptured()
    {
        await CreateWorkerRoleAsync(mirrorProductId: false);

        await MigratorAs(_workerRole).MigrateAsync(CancellationToken.None);
        await ExecuteAsAsync(_appRole, HostAppStatements.InsertBox, new { BoxId = "B-1", Now });
        await ExecuteAsAsync(_appRole, HostAppStatements.UpsertReference, Reference(Pieces, "Akku 18V", 19.99f, "Stk"));
        await ExecuteAsAsync(_appRole, HostAppStatements.UpsertInstance, Instance("I-1", Pieces, 3));

        Assert.That(await _database.QueryAsync<string>("SELECT kind || ':' || product_number FROM shopware_sync.sync_job ORDER BY 1"),
            Is.EqualTo(new[] { $"catalog:{Pieces}", $"stock:{Pieces}" }));
        Assert.That(await ScalarAsAsync<long>(_workerRole, "SELECT stock FROM shopware_sync.product_source"), Is.EqualTo(3));
    }

    [Test]
    public async Task WorkerRole_CannotWriteTheAppsTables()
    {
        await CreateWorkerRoleAsync(mirrorProductId: false);
        await MigratorAs(_workerRole).MigrateAsync(CancellationToken.None);

        Assert.That(await SqlStateAsync(_workerRole, """UPDATE items SET "Auf_Lager" = 0"""), Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
        Assert.That(await SqlStateAsync(_workerRole, """UPDATE item_refs SET "ShopwareProductId" = NULL"""), Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
        Assert.That(await SqlStateAsync(_workerRole, "SELECT count(*) FROM public.shopware_sync_queue"), Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege),
            "the app's own dormant queue is none of ShopwareSync's business");
    }

    [Test]
    public async Task WorkerRole_WithMirrorOption_MayWriteOnlyTheShopwareIdColumn()
    {
        await CreateWorkerRoleAsync(mirrorProductId: true);
        await MigratorAs(_workerRole).MigrateAsync(CancellationToken.None);

        Assert.That(await SqlStateAsync(_workerRole, """UPDATE item_refs SET "ShopwareProductId" = NULL"""), Is.Null);
        Assert.That(await SqlStateAsync(_workerRole, """UPDATE item_refs SET "Artikelbeschreibung" = 'x'"""), Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
    }

    [Test]
    public async Task AppRole_HasNoPrivilegeOnShopwareSyncSchema()
    {
        await CreateWorkerRoleAsync(mirrorProductId: false);
        await MigratorAs(_workerRole).MigrateAsync(CancellationToken.None);

        Assert.That(await SqlStateAsync(_appRole, "SELECT count(*) FROM shopware_sync.sync_job"), Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
        Assert.That(await SqlStateAsync(_appRole, "SELECT shopware_sync.enqueue(ARRAY['X'], 'stock', 'forged')"), Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
    }

    [Test]
    public async Task RoleScript_RunTwice_Succeeds()
    {
        await CreateWorkerRoleAsync(mirrorProductId: true);
        await CreateWorkerRoleAsync(mirrorProductId: false);

        Assert.That(await SqlStateAsync(_workerRole, """UPDATE item_refs SET "ShopwareProductId" = NULL"""), Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege),
            "the second run withdrew the mirror privilege");
    }

    private Task<string> CreateWorkerRoleAsync(bool mirrorProductId) =>
        Psql.RunFileAsync(_database, RepositoryFiles.RoleScript, new Dictionary<string, string>
        {
            ["worker_role"] = _workerRole,
            ["mirror_product_id"] = mirrorProductId ? "true" : "false",
        });

    private SchemaMigrator MigratorAs(string role) => new(ConnectionStringAs(role), NullLogger<SchemaMigrator>.Instance);

    private string ConnectionStringAs(string role) =>
        new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = role, Pooling = false }.ConnectionString;

    private async Task ExecuteAsAsync(string role, string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringAs(role));
        await Dapper.SqlMapper.ExecuteAsync(connection, sql, parameters);
    }

    private async Task<T> ScalarAsAsync<T>(string role, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringAs(role));
        return (await Dapper.SqlMapper.ExecuteScalarAsync<T>(connection, sql))!;
    }

    private async Task<string?> SqlStateAsync(string role, string sql)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionStringAs(role));
            await Dapper.SqlMapper.ExecuteAsync(connection, sql);
            return null;
        }
        catch (PostgresException ex)
        {
            return ex.SqlState;
        }
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ShopwareSync.Core.Database;

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>
/// Two template databases made once per run: the app's tables alone, and the app's tables with
/// ShopwareSync migrated onto them. Each test copies one (CREATE DATABASE ... TEMPLATE), which takes
/// milliseconds instead of re-running the scripts.
/// </summary>
internal sealed class DatabaseTemplates(PostgresServer server, string appOnly, string migrated)
{
    public PostgresServer Server { get; } = server;

    /// <summary>Holds db/app only: what a database looks like before ShopwareSync is installed.</summary>
    public string AppOnly { get; } = appOnly;

    /// <summary>Holds db/app and every migration, applied by the migrate verb's own migrator.</summary>
    public string Migrated { get; } = migrated;

    public static async Task<DatabaseTemplates> CreateAsync(PostgresServer server)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var appOnly = $"swsync_tpl_app_{suffix}";
        var migrated = $"swsync_tpl_migrated_{suffix}";

        foreach (var name in new[] { appOnly, migrated })
        {
            await AdminSql.ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
            await ApplyAppSchemaAsync(ConnectionStringFor(server, name));
        }

        var migrator = new SchemaMigrator(ConnectionStringFor(server, migrated), NullLogger<SchemaMigrator>.Instance);
        await migrator.MigrateAsync(CancellationToken.None);
        return new DatabaseTemplates(server, appOnly, migrated);
    }

    public async Task DropAsync()
    {
        foreach (var name in new[] { AppOnly, Migrated })
            await AdminSql.ExecuteAsync(Server.AdminConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>A connection string to one database of the server; unpooled, so no idle session blocks a copy.</summary>
    public static string ConnectionStringFor(PostgresServer server, string database, bool pooling = false) =>
        new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = database, Pooling = pooling }.ConnectionString;

    private static async Task ApplyAppSchemaAsync(string connectionString)
    {
        foreach (var script in RepositoryFiles.AppSchemaScripts)
            await AdminSql.ExecuteAsync(connectionString, await File.ReadAllTextAsync(script));
    }
}

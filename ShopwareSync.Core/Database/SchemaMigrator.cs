using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ShopwareSync.Core.Database;

/// <summary>
/// Applies db/migrations (embedded in this assembly) with DbUp: one transaction per script, journal in
/// shopware_sync.schema_migrations, so each script runs once per database. The scripts themselves are
/// re-runnable too, for DBAs who apply them with psql.
/// </summary>
public sealed class SchemaMigrator(string connectionString, ILogger<SchemaMigrator> logger)
{
    public const string SchemaName = "shopware_sync";
    public const string JournalTable = "schema_migrations";

    private const string ResourcePrefix = "ShopwareSync.Migrations.";

    // Not CREATE SCHEMA IF NOT EXISTS: that demands CREATE on the database even when the schema exists,
    // and the worker's least-privilege role has it not (the role script creates the schema for it).
    private const string CreateSchemaIfMissingSql =
        $"DO $$ BEGIN IF to_regnamespace('{SchemaName}') IS NULL THEN CREATE SCHEMA {SchemaName}; END IF; END $$";

    // Two replicas started at once must not run the same script side by side; the second waits.
    // The key is "SWSYNC" followed by 0x0001 (0x5357_5359_4E43_0001).
    private const string AcquireLockSql = "SELECT pg_advisory_lock(6005360271152054273)";
    private const string ReleaseLockSql = "SELECT pg_advisory_unlock(6005360271152054273)";

    /// <summary>Every migration script, in the order it runs: file name and SQL.</summary>
    public static IReadOnlyList<SqlScript> Scripts { get; } = LoadScripts();

    /// <summary>Names of the scripts that the database has not recorded as applied yet.</summary>
    public async Task<IReadOnlyList<string>> PendingScriptsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        const string journalExists = "SELECT to_regclass(@journal) IS NOT NULL";
        await using var check = new NpgsqlCommand(journalExists, connection);
        check.Parameters.AddWithValue("journal", $"{SchemaName}.{JournalTable}");
        if (!(bool)(await check.ExecuteScalarAsync(cancellationToken))!)
            return Scripts.Select(s => s.Name).ToList();

        return BuildUpgrader().GetScriptsToExecute().Select(s => s.Name).ToList();
    }

    /// <summary>Applies the pending scripts. Returns the names of the scripts it ran.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var lockConnection = await OpenAsync(cancellationToken);
        await ExecuteAsync(lockConnection, AcquireLockSql, cancellationToken);
        try
        {
            // The journal lives in the schema, so the schema must exist before DbUp looks for it.
            await ExecuteAsync(lockConnection, CreateSchemaIfMissingSql, cancellationToken);

            var result = BuildUpgrader().PerformUpgrade();
            var applied = result.Scripts.Select(s => s.Name).ToList();
            if (!result.Successful)
            {
                throw new MigrationFailedException(
                    $"Migration {result.ErrorScript?.Name ?? "(unknown script)"} failed: {result.Error.Message}", result.Error);
            }

            Log.MigrationsApplied(logger, applied.Count, applied);
            return applied;
        }
        finally
        {
            await ExecuteAsync(lockConnection, ReleaseLockSql, CancellationToken.None);
        }
    }

    private UpgradeEngine BuildUpgrader() =>
        DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScripts(Scripts)
            .JournalToPostgresqlTable(SchemaName, JournalTable)
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogTo(new DbUpLogAdapter(logger))
            .Build();

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<SqlScript> LoadScripts()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new SqlScript(name[ResourcePrefix.Length..], ReadResource(assembly, name)))
            .ToList();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded migration {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

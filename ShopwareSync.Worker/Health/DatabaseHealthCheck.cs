using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace ShopwareSync.Worker.Health;

/// <summary>Ready only when the database answers and ShopwareSync's schema has been migrated.</summary>
internal sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    private const string SchemaMigratedSql = "SELECT to_regclass('shopware_sync.sync_job') IS NOT NULL";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(SchemaMigratedSql, connection);
            var migrated = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
            return migrated
                ? HealthCheckResult.Healthy("Database reachable, schema shopware_sync present.")
                : HealthCheckResult.Unhealthy("Database reachable, but schema shopware_sync is missing: run 'shopware-sync migrate'.");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // The message of an NpgsqlException names host and port, never the password.
            return HealthCheckResult.Unhealthy($"Database unreachable: {ex.Message}");
        }
    }
}

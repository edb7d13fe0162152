using Npgsql;

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>One-off statements of the test rig itself (create and drop databases, run a script).</summary>
internal static class AdminSql
{
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

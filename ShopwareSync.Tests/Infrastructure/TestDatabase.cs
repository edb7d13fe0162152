using Dapper;
using Npgsql;

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>A database of one test's own, copied from a template and dropped afterwards.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresServer _server;

    private TestDatabase(PostgresServer server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server.AdminConnectionString)
        {
            Database = name,
            // Several tests hold two or three connections at once; keep the pool small and private.
            MaxPoolSize = 10,
        }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public PostgresServer Server => _server;

    /// <summary>The app's tables with ShopwareSync installed.</summary>
    public static Task<TestDatabase> CreateMigratedAsync() => CreateFromAsync(DatabaseFixture.Templates.Migrated);

    /// <summary>The app's tables only, before ShopwareSync is installed.</summary>
    public static Task<TestDatabase> CreateAppOnlyAsync() => CreateFromAsync(DatabaseFixture.Templates.AppOnly);

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        await AdminSql.ExecuteAsync(_server.AdminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static async Task<TestDatabase> CreateFromAsync(string template)
    {
        var server = DatabaseFixture.Templates.Server;
        var name = $"swsync_test_{Guid.NewGuid():N}";
        await AdminSql.ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE {name} TEMPLATE {template}");
        return new TestDatabase(server, name);
    }
}

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>
/// A fixture whose every test gets a database of its own: by default the app's tables with ShopwareSync
/// migrated onto them, optionally filled by <see cref="SeedAsync"/>.
/// </summary>
public abstract class DatabaseTest
{
    private TestDatabase? _database;

    internal TestDatabase Database => _database ?? throw new InvalidOperationException("The test's database exists only during a test.");

    [SetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await CreateAsync();
        await SeedAsync(_database);
    }

    [TearDown]
    public async Task DropDatabaseAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
        _database = null;
    }

    private protected virtual Task<TestDatabase> CreateAsync() => TestDatabase.CreateMigratedAsync();

    private protected virtual Task SeedAsync(TestDatabase database) => Task.CompletedTask;
}

using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ShopwareSync.Core.Queue;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Sync;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.State;
using ShopwareSync.Worker.Hosting;

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>
/// A test database and a sandbox Shopware on a loopback port, with the worker's services composed exactly as
/// the worker composes them (real HTTP client, real queue). Queue and sandbox time run on a fake clock the rig
/// advances when every remaining job waits for its backoff; HTTP retries run on real time with millisecond delays.
/// </summary>
internal sealed class SyncRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SyncRig(TestDatabase database, SandboxServer sandbox, ServiceProvider services, NpgsqlDataSource dataSource, FakeTimeProvider clock)
    {
        Database = database;
        Sandbox = sandbox;
        _services = services;
        DataSource = dataSource;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public SandboxServer Sandbox { get; }

    public NpgsqlDataSource DataSource { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _services;

    public static async Task<SyncRig> StartAsync(
        TestDatabase database,
        IReadOnlyDictionary<string, string?>? sandboxSettings = null,
        IReadOnlyDictionary<string, string?>? workerSettings = null,
        ILoggerProvider? logs = null)
    {
        // A minute ahead of the database's clock: jobs the triggers stamp during the test are due at once.
        var clock = new FakeTimeProvider(await database.ScalarAsync<DateTime>("SELECT now() + interval '1 minute'"));
        // The sandbox shares the queue's clock: a rate-limit window or a token lifetime passes when the rig
        // skips ahead to a retry, as it would in real time.
        var sandbox = await SandboxServer.StartAsync(sandboxSettings, clock);
        var settings = new Dictionary<string, string?>(sandbox.ClientSettings())
        {
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Shopware:Features:Enabled"] = "true",
            ["Shopware:Features:StockSync"] = "true",
            ["Shopware:Resilience:RetryBaseDelay"] = "00:00:00.005",
            ["Shopware:Resilience:RetryMaxDelay"] = "00:00:00.050",
            ["Shopware:BatchSize"] = "200",
        };
        foreach (var (key, value) in workerSettings ?? new Dictionary<string, string?>())
            settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging =>
            {
                if (logs is not null)
                    logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
            })
            .AddShopwareSyncServices(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        return new SyncRig(database, sandbox, services, NpgsqlDataSource.Create(database.ConnectionString), clock);
    }

    /// <summary>A processor as the worker builds one per batch, under the given lease holder name, on the rig's clock.</summary>
    public StockSyncProcessor CreateProcessor(string workerName = "worker-1", IShopwareAdminApi? api = null)
    {
        var options = _services.GetRequiredService<IOptionsMonitor<SyncWorkerOptions>>();
        var adminApi = api ?? _services.GetRequiredService<IShopwareAdminApi>();
        return new StockSyncProcessor(
            Store,
            new ProductSourceReader(DataSource),
            new ShopwareProductResolver(adminApi, new Core.Mapping.ProductMapStore(DataSource, _services.GetRequiredService<IOptions<Core.Database.DatabaseOptions>>())),
            adminApi,
            options,
            _services.GetRequiredService<IOptionsMonitor<Core.Shopware.ShopwareOptions>>(),
            new RetryBackoff(options.CurrentValue.RetryBaseDelay, options.CurrentValue.RetryMaxDelay, () => 0.5),
            new WorkerIdentity(workerName),
            Clock,
            _services.GetRequiredService<ILogger<StockSyncProcessor>>());
    }

    public SyncJobStore Store => new(DataSource, Clock);

    /// <summary>
    /// Runs batches until no stock job is pending or in progress, advancing the fake clock past backoffs when
    /// nothing is due (and past leases of jobs in progress, which then belong to a dead worker, unless
    /// <paramref name="othersAreAlive"/>). Returns the outcomes.
    /// </summary>
    public async Task<List<BatchOutcome>> DrainAsync(StockSyncProcessor processor, int maxBatches = 1000, bool othersAreAlive = false)
    {
        var outcomes = new List<BatchOutcome>();
        for (var batch = 0; batch < maxBatches; batch++)
        {
            var outcome = await processor.RunOnceAsync(CancellationToken.None);
            outcomes.Add(outcome);
            if (outcome.Claimed > 0)
                continue;
            var (pending, inProgress) = await OpenStockJobsAsync();
            if (pending == 0 && inProgress == 0)
                return outcomes;
            if (inProgress > 0 && othersAreAlive)
            {
                // Another live worker holds jobs: skipping ahead now would expire its leases.
                await Task.Delay(10);
                continue;
            }

            Clock.Advance(TimeSpan.FromMinutes(15));
        }

        throw new InvalidOperationException($"The queue did not drain within {maxBatches} batches.");
    }

    public async Task<(long Pending, long InProgress)> OpenStockJobsAsync() =>
        (await Database.QueryAsync<(long, long)>(
            "SELECT count(*) FILTER (WHERE status = 'pending'), count(*) FILTER (WHERE status = 'in_progress') FROM shopware_sync.sync_job WHERE kind = 'stock'")).Single();

    /// <summary>Creates products in the sandbox, as if the shop had them already.</summary>
    public void SeedSandbox(IEnumerable<(string ProductNumber, int Stock)> products)
    {
        Sandbox.Seed([.. products.Select(p => new SeedProductRequest(p.ProductNumber, p.Stock))]);
    }

    /// <summary>Stock per product number as the sandbox holds it.</summary>
    public Dictionary<string, int> SandboxStock() =>
        Sandbox.GetRequiredService<SandboxStore>().Current.Products.Values.ToDictionary(p => p.ProductNumber, p => p.Stock);

    /// <summary>Stock per article as the inventory computes it (the source view).</summary>
    public async Task<Dictionary<string, long>> DatabaseStockAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string ProductNumber, long Stock)>("SELECT product_number, stock FROM shopware_sync.product_source");
        return rows.ToDictionary(row => row.ProductNumber, row => row.Stock);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await DataSource.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}

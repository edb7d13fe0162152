using Microsoft.AspNetCore.Mvc.Testing;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.State;
using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Worker;

/// <summary>
/// The worker as it runs in production (its Program, its configuration, its hosted services): an app write
/// wakes it through NOTIFY and the stock arrives in the sandbox, without anyone calling it.
/// </summary>
[TestFixture]
public sealed class WorkerEndToEndTests : DatabaseTest
{
    private protected override Task SeedAsync(TestDatabase database) => InventoryTestData.SeedAsync(database);

    [Test]
    public async Task AppWrite_WithStockSyncOn_ReachesTheSandboxByItself()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        SeedSandbox(sandbox);
        await using var worker = Worker(sandbox);
        using var client = worker.CreateClient();

        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });

        Assert.That(await StockInSandboxAsync(sandbox, Pieces, expected: 3), Is.EqualTo(3));
        Assert.That(await JobStatusAsync(expected: "done"), Is.EqualTo("done"));
    }

    private static void SeedSandbox(SandboxServer sandbox)
    {
        sandbox.Seed(new SeedProductRequest(Pieces, 0), new SeedProductRequest(Bulk, 0));
    }

    private WebApplicationFactory<ShopwareSync.Worker.Program> Worker(SandboxServer sandbox) =>
        new WebApplicationFactory<ShopwareSync.Worker.Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
            foreach (var (key, value) in sandbox.ClientSettings())
                builder.UseSetting(key, value);
            builder.UseSetting("Shopware:Features:Enabled", "true");
            builder.UseSetting("Shopware:Features:StockSync", "true");
            // Only a notification can make it this fast: the poll would take ten minutes.
            builder.UseSetting("Sync:PollInterval", "00:10:00");
        });

    private async Task<string> JobStatusAsync(string expected)
    {
        const string status = "SELECT status FROM shopware_sync.sync_job";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Database.ScalarAsync<string>(status) != expected && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        return await Database.ScalarAsync<string>(status);
    }

    private static async Task<int> StockInSandboxAsync(SandboxServer sandbox, string productNumber, int expected)
    {
        // Real time bounds a broken worker only; a working one delivers in milliseconds.
        var store = sandbox.GetRequiredService<SandboxStore>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (store.Current.FindProductByNumber(productNumber)!.Stock != expected && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        return store.Current.FindProductByNumber(productNumber)!.Stock;
    }
}

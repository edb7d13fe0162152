using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Tests.Infrastructure;
using ShopwareSync.Tests.Unit.Observability;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Observability;

/// <summary>
/// /metrics of the worker as it runs in production (its Program, configuration and hosted services): after an app
/// write is delivered, the counters and the queue gauges say so, and promtool accepts the exposition.
/// </summary>
[TestFixture]
public sealed class MetricsEndpointTests : DatabaseTest
{
    // Real time bounds a broken worker only; a working one delivers in milliseconds and samples every 100 ms.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly (string, string)[] StockDelivered = [("kind", "stock"), ("outcome", "delivered")];
    private static readonly (string, string)[] StockDone = [("kind", "stock"), ("status", "done")];

    private protected override Task SeedAsync(TestDatabase database) => InventoryTestData.SeedAsync(database);

    [Test]
    public async Task Metrics_AfterStockChangeDelivered_ShowDeliveredJobShopwareRequestAndQueueGauge()
    {
        await using var sandbox = await StartSandboxAsync();
        await using var worker = Worker(Database, sandbox);
        using var client = worker.CreateClient();

        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        var samples = await ScrapeUntilAsync(client, s => s.Value("shopware_sync_queue_jobs", StockDone) == 1 && s.Value("shopware_sync_jobs_processed_total", StockDelivered) == 1);

        Assert.That(samples.Value("shopware_sync_jobs_processed_total", StockDelivered), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_queue_jobs", StockDone), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_queue_jobs", ("kind", "stock"), ("status", "pending")), Is.Zero);
        Assert.That(samples.Value("shopware_sync_shopware_requests_total", ("client", "admin"), ("method", "POST"), ("endpoint", "/api/_action/sync"), ("status_class", "2xx")), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_shopware_token_refreshes_total"), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_job_delivery_delay_seconds_count", ("kind", "stock")), Is.EqualTo(1));
    }

    [Test]
    public async Task Metrics_AfterDelivery_PassPromtoolCheckMetrics()
    {
        await using var sandbox = await StartSandboxAsync();
        await using var worker = Worker(Database, sandbox);
        using var client = worker.CreateClient();
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        var samples = await ScrapeUntilAsync(client, s => s.Value("shopware_sync_queue_jobs", StockDone) == 1);

        var (exitCode, output) = await PromtoolCheckMetricsAsync(samples.Text);

        Assert.That(output, Is.Empty, "promtool check metrics found problems");
        Assert.That(exitCode, Is.Zero);
    }

    [Test]
    public async Task Metrics_ProductMissingInShopware_CountFailedJobAndNoDelivery()
    {
        await using var sandbox = await StartSandboxAsync(Pieces);
        await using var worker = Worker(Database, sandbox);
        using var client = worker.CreateClient();

        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-B1", Now });
        var samples = await ScrapeUntilAsync(client, s => s.Value("shopware_sync_queue_jobs", ("kind", "stock"), ("status", "failed")) == 1);

        Assert.That(samples.Value("shopware_sync_jobs_processed_total", ("kind", "stock"), ("outcome", "failed")), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_jobs_processed_total", StockDelivered), Is.Zero);
        Assert.That(samples.Value("shopware_sync_last_success_timestamp_seconds"), Is.Null);
    }

    /// <summary>A sandbox holding the given products (by default the two the inventory test data has), stock 0.</summary>
    internal static async Task<SandboxServer> StartSandboxAsync(params string[] productNumbers)
    {
        var sandbox = await SandboxServer.StartAsync();
        var products = productNumbers.Length > 0 ? productNumbers : [Pieces, Bulk];
        sandbox.Seed([.. products.Select(number => new SeedProductRequest(number, 0))]);
        return sandbox;
    }

    internal static WebApplicationFactory<ShopwareSync.Worker.Program> Worker(TestDatabase database, SandboxServer sandbox, IReadOnlyDictionary<string, string>? settings = null) =>
        new WebApplicationFactory<ShopwareSync.Worker.Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:ConnectionString", database.ConnectionString);
            foreach (var (key, value) in sandbox.ClientSettings())
                builder.UseSetting(key, value);
            builder.UseSetting("Shopware:Features:Enabled", "true");
            builder.UseSetting("Shopware:Features:StockSync", "true");
            builder.UseSetting("Metrics:QueueSampleInterval", "00:00:01");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                builder.UseSetting(key, value);
        });

    private static async Task<MetricSamples> ScrapeUntilAsync(HttpClient client, Func<MetricSamples, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var samples = MetricSamples.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
            if (done(samples) || DateTime.UtcNow > deadline)
                return samples;
            await Task.Delay(50);
        }
    }

    private static async Task<(int ExitCode, string Output)> PromtoolCheckMetricsAsync(string exposition)
    {
        var promtool = new[] { "/usr/bin/promtool", "/usr/local/bin/promtool" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("promtool is missing: scripts/test.sh installs it (apt-get install --no-install-recommends prometheus).");
        var startInfo = new ProcessStartInfo(promtool, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(exposition);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}

using System.Net;
using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Observability;

/// <summary>
/// A real Prometheus scrapes the running worker's separate metrics listener on loopback, and its HTTP API returns
/// what the worker recorded: the deployment's scrape path, end to end.
/// </summary>
[TestFixture]
public sealed class PrometheusScrapeTests : DatabaseTest
{
    // Real time bounds a broken setup only: Prometheus starts in about a second and scrapes every second.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private protected override Task SeedAsync(TestDatabase database) => InventoryTestData.SeedAsync(database);

    [Test]
    public async Task Prometheus_ScrapingMetricsPort_ReadsDeliveredJobBack()
    {
        var metricsPort = FreeLoopbackPort.Next();
        await using var sandbox = await MetricsEndpointTests.StartSandboxAsync();
        await using var worker = MetricsEndpointTests.Worker(Database, sandbox, new Dictionary<string, string>
        {
            ["Metrics:Port"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Metrics:Address"] = "127.0.0.1",
        });
        using var client = worker.CreateClient();
        await using var prometheus = PrometheusServer.Start($"127.0.0.1:{metricsPort}");

        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        var delivered = await prometheus.QueryUntilPresentAsync(
            """shopware_sync_jobs_processed_total{job="shopware-sync",kind="stock",outcome="delivered"} > 0""", Patience);

        Assert.That(delivered, Is.EqualTo(1));
    }

    [Test]
    public async Task Metrics_WithMetricsPort_NotServedOnTheWorkersOwnPort()
    {
        await using var sandbox = await MetricsEndpointTests.StartSandboxAsync();
        await using var worker = MetricsEndpointTests.Worker(Database, sandbox, new Dictionary<string, string>
        {
            ["Metrics:Port"] = FreeLoopbackPort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var client = worker.CreateClient();

        var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}

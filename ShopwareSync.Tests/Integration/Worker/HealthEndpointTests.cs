using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Worker;

/// <summary>/health/live answers whenever the process runs; /health/ready only with a migrated database.</summary>
[TestFixture]
public sealed class HealthEndpointTests
{
    [Test]
    public async Task Ready_MigratedDatabase_IsHealthy()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await using var worker = WorkerOn(database.ConnectionString);
        using var client = worker.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Ready_DatabaseWithoutShopwareSyncSchema_IsUnhealthyAndSaysWhatToRun()
    {
        await using var database = await TestDatabase.CreateAppOnlyAsync();
        await using var worker = WorkerOn(database.ConnectionString);
        using var client = worker.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(body, Does.Contain("migrate"));
    }

    [Test]
    public async Task LiveAndReady_DatabaseUnreachable_LiveStaysHealthyAndReadyFailsWithoutThePassword()
    {
        await using var worker = WorkerOn("Host=/nonexistent;Username=sync;Password=hunter2-secret;Timeout=2");
        using var client = worker.CreateClient();

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await ready.Content.ReadAsStringAsync(), Does.Not.Contain("hunter2-secret"));
    }

    [Test]
    public async Task Live_TwoWorkersStartedAtOnceInOneProcess_BothAnswer()
    {
        // A regression: one static reloadable bootstrap logger could be frozen only once per process.
        await using var database = await TestDatabase.CreateMigratedAsync();
        await using var first = WorkerOn(database.ConnectionString);
        await using var second = WorkerOn(database.ConnectionString);

        var answers = await Task.WhenAll(
            Task.Run(() => first.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative))),
            Task.Run(() => second.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative))));

        Assert.That(answers.Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
    }

    private static WebApplicationFactory<ShopwareSync.Worker.Program> WorkerOn(string connectionString) =>
        new WebApplicationFactory<ShopwareSync.Worker.Program>().WithWebHostBuilder(builder =>
            builder.UseSetting("Database:ConnectionString", connectionString));
}

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
    public async Task Ready_DatabaseDroppedWhileRunning_TurnsUnhealthy()
    {
        var database = await TestDatabase.CreateMigratedAsync();
        await using var worker = WorkerOn(database.ConnectionString);
        using var client = worker.CreateClient();
        var before = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        await database.DisposeAsync();
        var after = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.That((before.StatusCode, after.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable)));
        Assert.That(await after.Content.ReadAsStringAsync(), Does.Contain("Database unreachable"));
    }

    [Test]
    public async Task Ready_ShopwareEnabledAndAnswering_IsHealthy()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await using var sandbox = await SandboxServer.StartAsync();
        await using var worker = WorkerOn(database.ConnectionString, ShopwareSettings(sandbox.BaseAddress.ToString()));
        using var client = worker.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.RootElement.GetProperty("checks").GetProperty("shopware").GetProperty("description").GetString(), Does.Contain("answered 200"));
    }

    [Test]
    public async Task Ready_ShopwareEnabledButUnreachable_IsUnhealthyWithoutTheSecret()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var closedPort = FreeLoopbackPort.Next();
        await using var worker = WorkerOn(database.ConnectionString, ShopwareSettings($"http://127.0.0.1:{closedPort}"));
        using var client = worker.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(body, Does.Contain("Shopware did not answer"));
        Assert.That(body, Does.Not.Contain(SandboxServer.SecretAccessKey));
    }

    [Test]
    public async Task Ready_ShopwareNotEnabled_DoesNotDependOnIt()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await using var worker = WorkerOn(database.ConnectionString, new Dictionary<string, string> { ["Shopware:BaseUrl"] = "http://127.0.0.1:9" });
        using var client = worker.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("not enabled"));
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

    private static Dictionary<string, string> ShopwareSettings(string baseUrl) => new()
    {
        ["Shopware:BaseUrl"] = baseUrl.TrimEnd('/'),
        ["Shopware:ClientId"] = SandboxServer.AccessKeyId,
        ["Shopware:ClientSecret"] = SandboxServer.SecretAccessKey,
        ["Shopware:Features:Enabled"] = "true",
    };

    private static WebApplicationFactory<ShopwareSync.Worker.Program> WorkerOn(string connectionString, Dictionary<string, string>? settings = null) =>
        new WebApplicationFactory<ShopwareSync.Worker.Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:ConnectionString", connectionString);
            foreach (var (key, value) in settings ?? [])
                builder.UseSetting(key, value);
        });
}

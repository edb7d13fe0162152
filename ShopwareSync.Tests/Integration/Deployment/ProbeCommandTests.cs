using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using ShopwareSync.Tests.Infrastructure;
using ShopwareSync.Worker.Commands;
using ShopwareSync.Worker.Hosting;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>
/// The probe verb the container's HEALTHCHECK runs, against the real worker on a loopback port whose database
/// is unreachable: live answers 200 (exit 0), ready answers 503 (exit 1), and a port nobody listens on is 1.
/// </summary>
[TestFixture]
public sealed class ProbeCommandTests
{
    private WebApplication _worker = null!;
    private Uri _address = null!;

    [OneTimeSetUp]
    public async Task StartWorkerAsync()
    {
        _worker = WorkerApplication.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--Database:ConnectionString=Host=/nonexistent;Username=sync;Password=unused;Timeout=2",
            "--Serilog:MinimumLevel:Default=Fatal",
        ]);
        await _worker.StartAsync();
        _address = new Uri(_worker.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    [OneTimeTearDown]
    public async Task StopWorkerAsync()
    {
        await _worker.StopAsync();
        await _worker.DisposeAsync();
    }

    [Test]
    public async Task Probe_LiveEndpointOfRunningWorker_ExitsZero()
    {
        var exitCode = await ProbeAsync(new Uri(_address, "/health/live"));

        Assert.That(exitCode, Is.Zero);
    }

    [Test]
    public async Task Probe_ReadyEndpointWithDatabaseDown_ExitsOne()
    {
        var exitCode = await ProbeAsync(new Uri(_address, "/health/ready"));

        Assert.That(exitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task Probe_NothingListening_ExitsOne()
    {
        var port = FreeLoopbackPort.Next();

        var exitCode = await ProbeAsync(new Uri($"http://127.0.0.1:{port}/health/live"));

        Assert.That(exitCode, Is.EqualTo(1));
    }

    [Test]
    public void Probe_WithoutUrl_AsksTheContainersLiveEndpoint()
    {
        var parsed = ShopwareSyncCommandLine.Create().Parse(["probe"]);
        var url = parsed.CommandResult.Command.Arguments.Single();

        Assert.That(parsed.Errors, Is.Empty);
        Assert.That(parsed.GetValue<Uri>(url.Name), Is.EqualTo(new Uri("http://127.0.0.1:8080/health/live")));
    }

    [TestCase("not-a-url")]
    [TestCase("ftp://127.0.0.1/health/live")]
    public void Probe_NotAnHttpUrl_IsRejectedBeforeAnyRequest(string url)
    {
        var parsed = ShopwareSyncCommandLine.Create().Parse(["probe", url]);

        Assert.That(parsed.Errors.Select(error => error.Message), Has.One.Contains("is not an absolute http or https URL"));
    }

    private static Task<int> ProbeAsync(Uri url) =>
        ShopwareSyncCommandLine.Create().Parse(["probe", url.ToString(), "--timeout", "00:00:10"]).InvokeAsync();
}

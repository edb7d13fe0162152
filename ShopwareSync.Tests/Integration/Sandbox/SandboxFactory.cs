using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>
/// One sandbox per test, on a fake clock, with optional configuration, so tests run in parallel and
/// never wait for real time.
/// </summary>
internal sealed class SandboxFactory(IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<ShopwareSync.Sandbox.Program>
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    public SandboxApiClient CreateApiClient() => new(CreateClient(), this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>()));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShopwareSync.Sandbox.Hosting;

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>
/// The sandbox Shopware on Kestrel, on a free loopback port: the client and the worker reach it over real
/// HTTP, exactly as they reach a shop. Its services (state, faults, counters) are at hand for assertions.
/// </summary>
internal sealed class SandboxServer : IAsyncDisposable
{
    public const string AccessKeyId = "SWIASANDBOXINTEGRATION0000";
    public const string SecretAccessKey = "sandbox-integration-secret";
    public const string SalesChannelId = "98432def39fc4624b33213a56b8c944d";

    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a sandbox; <paramref name="settings"/> are its configuration keys (e.g. Sandbox:Faults:…).</summary>
    public static async Task<SandboxServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? timeProvider = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(ShopwareSync.Sandbox.Program).Assembly.GetName().Name });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        if (timeProvider is not null)
            builder.Services.AddSingleton(timeProvider);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.AddSandbox().Build();
        app.UseSandbox();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new SandboxServer(app, new Uri(address));
    }

    /// <summary>Worker or client settings that point at this sandbox with its integration credentials.</summary>
    public Dictionary<string, string?> ClientSettings() => new()
    {
        ["Shopware:BaseUrl"] = BaseAddress.ToString().TrimEnd('/'),
        ["Shopware:ClientId"] = AccessKeyId,
        ["Shopware:ClientSecret"] = SecretAccessKey,
        ["Shopware:SalesChannelId"] = SalesChannelId,
    };

    public T GetRequiredService<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

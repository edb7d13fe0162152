using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// The Shopware client composed as the worker composes it (<see cref="ShopwareServiceCollectionExtensions.AddShopwareClient"/>
/// on in-memory configuration), pointed at a <see cref="SandboxServer"/>. Retry waits are cut to milliseconds so the
/// contract tests run on real time in seconds; every request attempt is recorded on its way to the network.
/// </summary>
internal sealed class ComposedClient : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ComposedClient(ServiceProvider provider, RequestRecording recording)
    {
        _provider = provider;
        Recording = recording;
    }

    public IShopwareAdminApi Api => _provider.GetRequiredService<IShopwareAdminApi>();

    public IServiceProvider Services => _provider;

    /// <summary>Every attempt the admin and token clients sent, as it left the handler chain.</summary>
    public RequestRecording Recording { get; }

    /// <summary>
    /// <paramref name="settings"/> override or add <c>Shopware:*</c> keys (a null value removes one);
    /// <paramref name="configure"/> runs before <c>AddShopwareClient</c>, so a test's clock or token source wins over its
    /// defaults; <paramref name="networkHandler"/> is put between the admin client's handlers and the network (inside
    /// retries and authentication), where a proxy would sit.
    /// </summary>
    public static ComposedClient For(
        SandboxServer sandbox,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        Func<DelegatingHandler>? networkHandler = null)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var values = sandbox.ClientSettings();
        values["Shopware:Features:Enabled"] = "true";
        values["Shopware:Resilience:RetryBaseDelay"] = "00:00:00.005";
        // Above the sandbox's Retry-After (whole seconds, at least 1), so a 429 is waited out inline.
        values["Shopware:Resilience:RetryMaxDelay"] = "00:00:02";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
                values.Remove(key);
            else
                values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var recording = new RequestRecording();
        var services = new ServiceCollection();
        services.AddLogging();
        configure?.Invoke(services);
        services.AddShopwareClient(configuration);
        if (networkHandler is not null)
            services.AddHttpClient(ShopwareServiceCollectionExtensions.AdminClientName).AddHttpMessageHandler(networkHandler);
        // Added last, so innermost: it sees each attempt, each repeat after a 401, with the headers the client set.
        services.AddHttpClient(ShopwareServiceCollectionExtensions.AdminClientName).AddHttpMessageHandler(() => new RecordingHandler(recording));
        services.AddHttpClient(ShopwareServiceCollectionExtensions.OAuthClientName).AddHttpMessageHandler(() => new RecordingHandler(recording));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new ComposedClient(provider, recording);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

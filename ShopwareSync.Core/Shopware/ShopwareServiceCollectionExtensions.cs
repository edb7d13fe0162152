using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Refit;
using ShopwareSync.Core.Observability;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Http;
using ShopwareSync.Core.Shopware.Mapping;
using ShopwareSync.Core.Shopware.Resilience;

namespace ShopwareSync.Core.Shopware;

/// <summary>Registers the Shopware Admin API client, its options and its handlers.</summary>
public static class ShopwareServiceCollectionExtensions
{
    public const string AdminClientName = "ShopwareSync.Shopware.Admin";
    public const string OAuthClientName = "ShopwareSync.Shopware.OAuth";

    /// <summary>
    /// Binds and validates <see cref="ShopwareOptions"/> at start, and registers <see cref="IShopwareAdminApi"/>:
    /// resilience (total timeout, retry, circuit breaker, attempt timeout) → authentication → logging → network.
    /// The token endpoint gets its own client (resilience → logging) so signing in never recurses.
    /// </summary>
    public static IServiceCollection AddShopwareClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<ShopwareOptions>()
            .Bind(configuration.GetSection(ShopwareOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ShopwareOptions>, ShopwareOptionsDataAnnotationsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ShopwareOptions>, ShopwareOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRetryJitter, RandomRetryJitter>();
        services.AddShopwareSyncMetricRecorders();
        services.TryAddSingleton<IShopwareTokenSource>(sp => new ShopwareTokenSource(
            sp.GetRequiredService<IShopwareOAuthApi>,
            sp.GetRequiredService<IOptions<ShopwareOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ShopwareTokenSource>>(),
            sp.GetRequiredService<ShopwareMetrics>()));
        services.TryAddTransient<ShopwareAuthenticationHandler>();
        services.TryAddTransient<ShopwareLoggingHandler>();
        services.TryAddSingleton<ShopwareReachability>();
        services.TryAddTransient<ShopwareReachabilityHandler>();
        services.TryAddTransient<ShopwareCatalogContextResolver>();

        // Handlers run in the order added: the first is outermost. HttpClient's own request logging is removed:
        // it keeps header values (the bearer token) in its structured log state at Trace level.
        var oauth = services.AddRefitGeneratedClient<IShopwareOAuthApi>(CreateSettings, OAuthClientName)
            .ConfigureHttpClient(ConfigureHttpClient)
            .RemoveAllLoggers();
        oauth.AddResilienceHandler("shopware-oauth", (builder, context) => ConfigurePipeline(builder, context, ShopwareMetrics.OAuthClient));
        oauth.AddHttpMessageHandler<ShopwareLoggingHandler>()
            .AddHttpMessageHandler(sp => MetricsHandler(sp, ShopwareMetrics.OAuthClient))
            .AddHttpMessageHandler<ShopwareReachabilityHandler>();

        var admin = services.AddRefitGeneratedClient<IShopwareAdminApi>(CreateSettings, AdminClientName)
            .ConfigureHttpClient(ConfigureHttpClient)
            .RemoveAllLoggers();
        admin.AddResilienceHandler("shopware-admin", (builder, context) => ConfigurePipeline(builder, context, ShopwareMetrics.AdminClient));
        admin.AddHttpMessageHandler<ShopwareAuthenticationHandler>()
            .AddHttpMessageHandler<ShopwareLoggingHandler>()
            .AddHttpMessageHandler(sp => MetricsHandler(sp, ShopwareMetrics.AdminClient))
            .AddHttpMessageHandler<ShopwareReachabilityHandler>();

        return services;
    }

    private static RefitSettings CreateSettings(IServiceProvider services) =>
        ShopwareRefitSettings.Create(services.GetRequiredService<TimeProvider>());

    private static void ConfigureHttpClient(IServiceProvider services, HttpClient client)
    {
        var options = services.GetRequiredService<IOptions<ShopwareOptions>>().Value;
        if (Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl))
            client.BaseAddress = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/");
        // The resilience pipeline owns every timeout; HttpClient's 100 s default would cut across it.
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    private static ShopwareMetricsHandler MetricsHandler(IServiceProvider services, string client) =>
        new(services.GetRequiredService<ShopwareMetrics>(), services.GetRequiredService<TimeProvider>(), client);

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context, string client)
    {
        var services = context.ServiceProvider;
        ShopwareResiliencePipeline.Configure(
            builder,
            services.GetRequiredService<IOptions<ShopwareOptions>>().Value,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<IRetryJitter>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ShopwareResiliencePipeline).FullName!),
            services.GetRequiredService<ShopwareMetrics>(),
            client);
    }
}

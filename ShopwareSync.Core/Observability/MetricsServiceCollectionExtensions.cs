using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Prometheus;

namespace ShopwareSync.Core.Observability;

/// <summary>Registers ShopwareSync's metrics: one registry per service provider, the recorders, the queue sampler.</summary>
public static class MetricsServiceCollectionExtensions
{
    /// <summary>The registry, its factory and the recorders; what the Shopware client and the sync need to record.</summary>
    public static IServiceCollection AddShopwareSyncMetricRecorders(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => CreateRegistry());
        services.TryAddSingleton<IMetricFactory>(sp => Metrics.WithCustomRegistry(sp.GetRequiredService<CollectorRegistry>()));
        services.TryAddSingleton<QueueMetrics>();
        services.TryAddSingleton<SyncMetrics>();
        services.TryAddSingleton<ShopwareMetrics>();
        return services;
    }

    /// <summary>The recorders, <see cref="MetricsOptions"/> validated at start, and the queue sampler.</summary>
    public static IServiceCollection AddShopwareSyncMetrics(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<MetricsOptions>()
            .BindConfiguration(MetricsOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddShopwareSyncMetricRecorders();
        services.AddHostedService<QueueMetricsSampler>();
        return services;
    }

    /// <summary>
    /// A registry of its own instead of prometheus-net's static default one: every host (and every test) reads only
    /// its own metrics. Of the defaults it gets the process and runtime metrics; the .NET meter and event counter
    /// adapters stay off (their names fail promtool check metrics).
    /// </summary>
    public static CollectorRegistry CreateRegistry()
    {
        var registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(registry);
        return registry;
    }
}

using Microsoft.Extensions.Options;
using Npgsql;
using Prometheus;
using Serilog;
using ShopwareSync.Core.Database;
using ShopwareSync.Core.Mapping;
using ShopwareSync.Core.Observability;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopwareSync.Core.Queue;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Sync;
using ShopwareSync.Worker.Services;
using ShopwareSync.Worker.Health;

namespace ShopwareSync.Worker.Hosting;

/// <summary>Composition of the worker: configuration, logging, services, endpoints.</summary>
internal static class WorkerApplication
{
    /// <summary>The long-running worker with its HTTP endpoints.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json lies beside the program, wherever it is started from (WebApplicationFactory
            // passes a content root of its own).
            ContentRootPath = args.Any(arg => arg.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        });
        builder.Host.UseSystemd();
        builder.Services.AddShopwareSyncLogging(builder.Configuration);
        var metrics = builder.Configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>() ?? new MetricsOptions();
        if (metrics.Port is { } port)
            builder.Services.AddShopwareSyncMetricListener(metrics.Address, port);
        builder.Services.AddShopwareSyncServices(builder.Configuration);
        builder.Services.AddHttpClient(ShopwareHealthCheck.HttpClientName).RemoveAllLoggers();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<ShopwareHealthCheck>("shopware", tags: ["ready"]);

        var app = builder.Build();
        app.MapShopwareSyncHealth();
        if (metrics.Port is null)
            app.MapMetrics("/metrics", app.Services.GetRequiredService<CollectorRegistry>());
        return app;
    }

    /// <summary>A host for one-shot verbs: the same configuration and validation, no endpoints.</summary>
    public static IHost BuildCommandHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddShopwareSyncLogging(builder.Configuration);
        builder.Services.AddShopwareSyncDatabase();
        var host = builder.Build();
        // Validate now: a verb fails with the setting's name, not with a connection error later.
        _ = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        return host;
    }

    /// <summary>Everything the worker runs, hosted services included; tests compose the same.</summary>
    internal static IServiceCollection AddShopwareSyncServices(this IServiceCollection services, IConfiguration configuration) =>
        services.AddShopwareSyncDatabase()
            .AddShopwareClient(configuration)
            .AddShopwareSyncWorker()
            .AddShopwareSyncMetrics();

    private static IServiceCollection AddShopwareSyncWorker(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<SyncWorkerOptions>()
            .BindConfiguration(SyncWorkerOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<QueueWakeUpSignal>();
        services.AddSingleton<SyncJobStore>();
        services.AddSingleton<ProductSourceReader>();
        services.AddSingleton(sp => new RetryBackoff(sp.GetRequiredService<IOptions<SyncWorkerOptions>>().Value));
        services.AddSingleton(sp => WorkerIdentity.From(sp.GetRequiredService<IOptions<SyncWorkerOptions>>().Value));
        // Per batch, from a scope: they hold the Refit client, whose handlers the HTTP client factory rotates.
        services.AddTransient<ShopwareProductResolver>();
        services.AddTransient<StockSyncProcessor>();
        services.AddHostedService<QueueNotificationListener>();
        services.AddHostedService<StockSyncService>();
        services.AddSingleton<FinishedJobPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<FinishedJobPruner>());
        return services;
    }

    /// <summary>/metrics alone on a listener of its own (Metrics:Address, Metrics:Port), beside the worker's URLs.</summary>
    private static IServiceCollection AddShopwareSyncMetricListener(this IServiceCollection services, string address, int port)
    {
        // The registry exists before the container, so the listener's exporter can be pointed at it.
        var registry = MetricsServiceCollectionExtensions.CreateRegistry();
        services.AddSingleton(registry);
        services.AddMetricServer(options =>
        {
            options.Hostname = address;
            options.Port = (ushort)port;
            options.ConfigureExporter = exporter => exporter.Registry = registry;
        });
        return services;
    }

    private static IServiceCollection AddShopwareSyncLogging(this IServiceCollection services, IConfiguration configuration) =>
        // Each host its own logger; the static one stays the bootstrap logger that Program closes.
        services.AddSerilog((_, logger) => LoggingSetup.Configure(logger, configuration), preserveStaticLogger: true);

    private static IServiceCollection AddShopwareSyncDatabase(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations();
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddSingleton(sp => new SchemaMigrator(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString,
            sp.GetRequiredService<ILogger<SchemaMigrator>>()));
        services.AddSingleton<ProductMapStore>();
        return services;
    }
}

using Microsoft.Extensions.Options;
using Npgsql;
using Serilog;
using ShopwareSync.Core.Database;
using ShopwareSync.Core.Mapping;
using ShopwareSync.Core.Shopware;
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
        builder.Services.AddShopwareSyncDatabase();
        builder.Services.AddShopwareClient(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        var app = builder.Build();
        app.MapShopwareSyncHealth();
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

    private static IServiceCollection AddShopwareSyncLogging(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSerilog((_, logger) => LoggingSetup.Configure(logger, configuration));

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

using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopwareSync.Sandbox.Api;
using ShopwareSync.Sandbox.Auth;
using ShopwareSync.Sandbox.Catalog;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Sandbox.Observability;
using ShopwareSync.Sandbox.Orders;
using ShopwareSync.Sandbox.Search;
using ShopwareSync.Sandbox.State;
using ShopwareSync.Sandbox.Sync;

namespace ShopwareSync.Sandbox.Hosting;

/// <summary>Composition of the sandbox: its services, its middleware order and its routes.</summary>
public static class SandboxApplication
{
    public static WebApplicationBuilder AddSandbox(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<SandboxOptions, SandboxOptionsValidator>()
            .Bind(builder.Configuration.GetSection(SandboxOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SandboxStore>();
        services.AddSingleton<SandboxCounters>();
        services.AddSingleton<FaultSwitchboard>();
        services.AddSingleton<AccessTokenRegistry>();
        services.AddSingleton<OAuthLoginThrottle>();
        services.AddSingleton<ProductPayloadWriter>();
        services.AddSingleton<ProductSeeder>();
        services.AddSingleton<SyncOperationHandler>();
        services.AddSingleton<OrderLifecycle>();
        return builder;
    }

    /// <summary>
    /// Counting sees every answer, including faults; malformed JSON is refused before faults and
    /// authentication, as Shopware refuses it before routing (admin-api.md 10.8); faults come before
    /// authentication because a proxy sits in front of the shop.
    /// </summary>
    public static WebApplication UseSandbox(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRouting();
        app.UseMiddleware<RequestCountingMiddleware>();
        app.UseMiddleware<JsonBodyMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();
        app.UseMiddleware<BearerTokenMiddleware>();

        app.MapOAuthTokenEndpoint();
        app.MapInfoEndpoints();
        app.MapSyncEndpoint();
        app.MapProductEndpoints();
        app.MapSearchEndpoints();
        app.MapOrderTransitionEndpoint();
        app.MapControlEndpoints();
        app.MapGet("/", () => Results.Ok(new { name = "ShopwareSync sandbox" }));
        return app;
    }
}

using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Http;

namespace ShopwareSync.Worker.Health;

/// <summary>
/// Ready when Shopware is not enabled, or when it answered recently: a request of the worker within the last
/// minute, or else a call of Shopware's unauthenticated health route made now (so an idle worker still knows).
/// </summary>
internal sealed class ShopwareHealthCheck(
    IOptionsMonitor<ShopwareOptions> options,
    ShopwareReachability reachability,
    IHttpClientFactory httpClients,
    TimeProvider timeProvider) : IHealthCheck
{
    public const string HttpClientName = "ShopwareSync.Shopware.HealthProbe";

    private const string HealthRoute = "api/_info/health-check";
    private static readonly TimeSpan RecentEnough = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue;
        if (!settings.Features.Enabled)
            return HealthCheckResult.Healthy("Shopware is not enabled (Shopware:Features:Enabled is off).");

        var now = timeProvider.GetUtcNow();
        if (reachability.LastAnswerAt is { } answered && now - answered < RecentEnough
            && (reachability.LastFailureAt is not { } failed || failed <= answered))
        {
            return HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"Shopware answered {(now - answered).TotalSeconds:0} s ago."));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            using var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.GetAsync(new Uri(new Uri(settings.BaseUrl!.TrimEnd('/') + "/"), HealthRoute), timeout.Token);
            reachability.Record((int)response.StatusCode);
            return (int)response.StatusCode < 500
                ? HealthCheckResult.Healthy($"Shopware's health route answered {(int)response.StatusCode}.")
                : HealthCheckResult.Unhealthy($"Shopware's health route answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            reachability.Record(null);
            return HealthCheckResult.Unhealthy($"Shopware did not answer at {settings.BaseUrl}: {ex.Message}");
        }
    }
}

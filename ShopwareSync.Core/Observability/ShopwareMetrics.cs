using System.Net;
using Prometheus;

namespace ShopwareSync.Core.Observability;

/// <summary>The Shopware client's metrics: requests and their duration, retries, sign-ins, circuit breaker state.</summary>
public sealed class ShopwareMetrics
{
    public const string AdminClient = "admin";
    public const string OAuthClient = "oauth";
    public const string NoResponse = "none";

    private static readonly string[] CircuitStates = ["closed", "open", "half_open"];

    private readonly Counter _requests;
    private readonly Histogram _duration;
    private readonly Counter _retries;
    private readonly Counter _tokenRefreshes;
    private readonly Gauge _circuitState;

    public ShopwareMetrics(IMetricFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _requests = factory.CreateCounter("shopware_sync_shopware_requests_total",
            "HTTP requests sent to Shopware, one per attempt, by route template and status class (none: no response).",
            [MetricLabelNames.Client, MetricLabelNames.Method, MetricLabelNames.Endpoint, MetricLabelNames.StatusClass]);
        // The attempt timeout defaults to 10 s; the last buckets catch raised ones.
        _duration = factory.CreateHistogram("shopware_sync_shopware_request_duration_seconds",
            "Duration of one HTTP attempt to Shopware, until the response headers or the failure.",
            [MetricLabelNames.Client, MetricLabelNames.Method, MetricLabelNames.Endpoint],
            new HistogramConfiguration { Buckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
        _retries = factory.CreateCounter("shopware_sync_shopware_request_retries_total",
            "Shopware calls repeated by the client's retry policy.",
            [MetricLabelNames.Client, MetricLabelNames.Method, MetricLabelNames.Endpoint]);
        _tokenRefreshes = factory.CreateCounter("shopware_sync_shopware_token_refreshes_total",
            "Access tokens obtained from Shopware's token endpoint.");
        _circuitState = factory.CreateGauge("shopware_sync_shopware_circuit_breaker_state",
            "1 for the Shopware circuit breaker's current state, 0 for the others.",
            [MetricLabelNames.Client, MetricLabelNames.State]);
    }

    /// <summary>An attempt got an answer (<paramref name="status"/>) or none (null) after <paramref name="duration"/>.</summary>
    public void RequestFinished(string client, string method, string endpoint, HttpStatusCode? status, TimeSpan duration)
    {
        _requests.WithLabels(client, method, endpoint, StatusClass(status)).Inc();
        _duration.WithLabels(client, method, endpoint).Observe(duration.TotalSeconds);
    }

    public void RetryScheduled(string client, string method, string endpoint) => _retries.WithLabels(client, method, endpoint).Inc();

    public void TokenRefreshed() => _tokenRefreshes.Inc();

    public void CircuitClosed(string client) => SetCircuitState(client, "closed");

    public void CircuitOpened(string client) => SetCircuitState(client, "open");

    public void CircuitHalfOpened(string client) => SetCircuitState(client, "half_open");

    /// <summary>"2xx" … "5xx"; "none" without a response.</summary>
    public static string StatusClass(HttpStatusCode? status) => status switch
    {
        null => NoResponse,
        var code when (int)code is >= 100 and < 600 => $"{(int)code / 100}xx",
        _ => "other",
    };

    private void SetCircuitState(string client, string state)
    {
        foreach (var candidate in CircuitStates)
            _circuitState.WithLabels(client, candidate).Set(candidate == state ? 1 : 0);
    }
}

using Refit;

namespace ShopwareSync.Core.Observability;

/// <summary>
/// Counts and times every attempt sent to Shopware. Sits beside the logging handler, inside retry and
/// authentication, so each attempt and each repeat after a 401 is counted. The endpoint label is Refit's route
/// template (/api/product/{id}), never the filled path, so ids cannot multiply the series.
/// </summary>
public sealed class ShopwareMetricsHandler(ShopwareMetrics metrics, TimeProvider timeProvider, string client) : DelegatingHandler
{
    /// <summary>Endpoint label of a request that did not come from a Refit route.</summary>
    public const string OtherEndpoint = "other";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method.Method;
        var endpoint = EndpointOf(request);
        var started = timeProvider.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
            return response;
        }
        finally
        {
            metrics.RequestFinished(client, method, endpoint, response?.StatusCode, timeProvider.GetElapsedTime(started));
        }
    }

    /// <summary>The Refit route template the request was built from, or <see cref="OtherEndpoint"/>.</summary>
    public static string EndpointOf(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ((IDictionary<string, object?>)request.Options).TryGetValue(HttpRequestMessageOptions.RelativePathTemplate, out var template)
               && template is string { Length: > 0 } path
            ? path
            : OtherEndpoint;
    }
}

namespace ShopwareSync.Core.Shopware.Http;

/// <summary>Feeds <see cref="ShopwareReachability"/> with the outcome of every attempt sent to Shopware.</summary>
public sealed class ShopwareReachabilityHandler(ShopwareReachability reachability) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
            return response;
        }
        finally
        {
            reachability.Record(response is null ? null : (int)response.StatusCode);
        }
    }
}

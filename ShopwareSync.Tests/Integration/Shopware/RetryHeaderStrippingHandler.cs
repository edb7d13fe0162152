namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// Removes <c>Retry-After</c> from every answer, as a proxy that drops the header would: the client is left with
/// its own backoff, which shows what honouring the header is worth.
/// </summary>
internal sealed class RetryHeaderStrippingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        response.Headers.RetryAfter = null;
        return response;
    }
}

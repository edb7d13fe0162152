using System.Net;
using System.Text;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// A misbehaving proxy between client and sandbox: the request still reaches the sandbox (so whatever it writes is
/// written), but for the first <paramref name="times"/> requests to <paramref name="path"/> the client gets
/// <paramref name="body"/> instead of the sandbox's answer. The sandbox itself only answers Shopware's JSON.
/// </summary>
internal sealed class ProxyPageHandler(string path, HttpStatusCode status, string mediaType, string body, int times = int.MaxValue)
    : DelegatingHandler
{
    private int _replaced;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri?.AbsolutePath != path || Interlocked.Increment(ref _replaced) > times)
            return response;

        response.Dispose();
        return new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
    }
}

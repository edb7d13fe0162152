using System.Net;
using Microsoft.Extensions.Time.Testing;
using Prometheus;
using Refit;
using ShopwareSync.Core.Observability;
using ShopwareSync.Tests.Unit.Shopware;

namespace ShopwareSync.Tests.Unit.Observability;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ShopwareMetricsHandlerTests : IDisposable
{
    private readonly CollectorRegistry _registry = Metrics.NewCustomRegistry();
    private readonly FakeTimeProvider _clock = new();
    private readonly StubHttpHandler _network = new();
    private readonly HttpMessageInvoker _invoker;

    public ShopwareMetricsHandlerTests()
    {
        var metrics = new ShopwareMetrics(Metrics.WithCustomRegistry(_registry));
        _invoker = new HttpMessageInvoker(new ShopwareMetricsHandler(metrics, _clock, ShopwareMetrics.AdminClient) { InnerHandler = _network });
    }

    public void Dispose()
    {
        _invoker.Dispose();
        _network.Dispose();
    }

    private static HttpRequestMessage RefitRequest(HttpMethod method, string path, string template)
    {
        var request = new HttpRequestMessage(method, "https://shop.example.test" + path);
        request.Options.Set(new HttpRequestOptionsKey<string>(HttpRequestMessageOptions.RelativePathTemplate), template);
        return request;
    }

    [Test]
    public async Task SendAsync_RequestsForDifferentIds_CountedUnderOneRouteTemplate()
    {
        _network.Respond(HttpStatusCode.OK, "{}").Respond(HttpStatusCode.NotFound, "{}");

        (await _invoker.SendAsync(RefitRequest(HttpMethod.Get, "/api/product/0a1b", "/api/product/{id}"), CancellationToken.None)).Dispose();
        (await _invoker.SendAsync(RefitRequest(HttpMethod.Get, "/api/product/9f8e", "/api/product/{id}"), CancellationToken.None)).Dispose();

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_shopware_requests_total", ("client", "admin"), ("method", "GET"), ("endpoint", "/api/product/{id}"), ("status_class", "2xx")), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_shopware_requests_total", ("endpoint", "/api/product/{id}"), ("status_class", "4xx")), Is.EqualTo(1));
        Assert.That(samples.Text, Does.Not.Contain("0a1b"));
    }

    [Test]
    public async Task SendAsync_NoResponse_CountedWithStatusClassNoneAndRethrown()
    {
        _network.Throw(new HttpRequestException("connection reset"));

        Assert.That(async () => await _invoker.SendAsync(RefitRequest(HttpMethod.Post, "/api/_action/sync", "/api/_action/sync"), CancellationToken.None),
            Throws.TypeOf<HttpRequestException>());

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_shopware_requests_total", ("endpoint", "/api/_action/sync"), ("status_class", "none")), Is.EqualTo(1));
    }

    [Test]
    public async Task SendAsync_SlowAnswer_ObservesItsDuration()
    {
        _network.Respond(async (_, _) =>
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1500));
            await Task.Yield();
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        (await _invoker.SendAsync(RefitRequest(HttpMethod.Post, "/api/search/product", "/api/search/product"), CancellationToken.None)).Dispose();

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_shopware_request_duration_seconds_sum", ("endpoint", "/api/search/product")), Is.EqualTo(1.5).Within(0.001));
    }

    [Test]
    public void EndpointOf_RequestNotBuiltByRefit_IsOther()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://shop.example.test/api/product/0a1b");

        Assert.That(ShopwareMetricsHandler.EndpointOf(request), Is.EqualTo(ShopwareMetricsHandler.OtherEndpoint));
    }

    [TestCase(HttpStatusCode.NoContent, "2xx")]
    [TestCase(HttpStatusCode.TooManyRequests, "4xx")]
    [TestCase(HttpStatusCode.BadGateway, "5xx")]
    [TestCase(null, "none")]
    public void StatusClass_Status_IsItsHundreds(HttpStatusCode? status, string expected)
    {
        Assert.That(ShopwareMetrics.StatusClass(status), Is.EqualTo(expected));
    }
}

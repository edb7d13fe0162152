using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Polly;
using Prometheus;
using ShopwareSync.Core.Observability;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Http;
using ShopwareSync.Core.Shopware.Resilience;
using ShopwareSync.Tests.Unit.Shopware;

namespace ShopwareSync.Tests.Unit.Observability;

/// <summary>What the resilience pipeline and the token source report: retries, circuit states, sign-ins.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ShopwareClientMetricsTests : IDisposable
{
    private readonly CollectorRegistry _registry = Metrics.NewCustomRegistry();
    private readonly ShopwareMetrics _metrics;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    private readonly StubHttpHandler _network = new();
    private readonly ShopwareOptions _options = TestOptions.Valid();

    public ShopwareClientMetricsTests() => _metrics = new ShopwareMetrics(Metrics.WithCustomRegistry(_registry));

    public void Dispose() => _network.Dispose();

    private HttpMessageInvoker CreateInvoker()
    {
        var jitter = new Mock<IRetryJitter>();
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        ShopwareResiliencePipeline.Configure(builder, _options, _clock, jitter.Object, NullLogger.Instance, _metrics, ShopwareMetrics.AdminClient);
        return new HttpMessageInvoker(new ResilienceHandler(builder.Build()) { InnerHandler = _network });
    }

    private static HttpRequestMessage Post(string path) => new(HttpMethod.Post, "https://shop.example.test" + path) { Content = new StringContent("{}") };

    [Test]
    public async Task Configure_NewPipeline_ReportsCircuitClosed()
    {
        using var invoker = CreateInvoker();

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_shopware_circuit_breaker_state", ("client", "admin"), ("state", "closed")), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_shopware_circuit_breaker_state", ("client", "admin"), ("state", "open")), Is.Zero);
    }

    [Test]
    public async Task SendAsync_RepeatedServerFailures_ReportsCircuitOpen()
    {
        _options.Resilience.MaxRetryAttempts = 0;
        _options.Resilience.CircuitMinimumThroughput = 2;
        _network.Respond(HttpStatusCode.InternalServerError);
        using var invoker = CreateInvoker();

        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();
        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_shopware_circuit_breaker_state", ("client", "admin"), ("state", "open")), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_shopware_circuit_breaker_state", ("client", "admin"), ("state", "closed")), Is.Zero);
    }

    [Test]
    public async Task SendAsync_OpenCircuitAfterBreakDuration_ReportsHalfOpenThenClosedAfterSuccess()
    {
        _options.Resilience.MaxRetryAttempts = 0;
        _options.Resilience.CircuitMinimumThroughput = 2;
        _network.Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();
        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();
        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();
        _clock.Advance(_options.Resilience.CircuitBreakDuration);

        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_shopware_circuit_breaker_state", ("client", "admin"), ("state", "closed")), Is.EqualTo(1));
        Assert.That(samples.Value("shopware_sync_shopware_circuit_breaker_state", ("client", "admin"), ("state", "half_open")), Is.Zero);
    }

    [Test]
    public async Task SendAsync_TransientStatusThenSuccess_CountsOneRetry()
    {
        _options.Resilience.RetryBaseDelay = TimeSpan.Zero;
        _network.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_shopware_request_retries_total", ("client", "admin"), ("method", "POST")), Is.EqualTo(1));
    }

    [Test]
    public async Task GetTokenAsync_CachedTokenThenExpiry_CountsEachSignIn()
    {
        var oauth = new Mock<IShopwareOAuthApi>();
        oauth.Setup(o => o.RequestTokenAsync(It.IsAny<OAuthTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new OAuthTokenResponse { TokenType = "Bearer", ExpiresInSeconds = 600, AccessToken = Guid.NewGuid().ToString() });
        using var source = new ShopwareTokenSource(() => oauth.Object, Options.Create(_options), _clock, NullLogger<ShopwareTokenSource>.Instance, _metrics);

        await source.GetTokenAsync(CancellationToken.None);
        await source.GetTokenAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await source.GetTokenAsync(CancellationToken.None);

        var samples = await MetricSamples.ReadAsync(_registry);
        Assert.That(samples.Value("shopware_sync_shopware_token_refreshes_total"), Is.EqualTo(2));
    }
}

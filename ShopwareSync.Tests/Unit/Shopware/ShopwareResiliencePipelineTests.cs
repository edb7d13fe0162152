using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging.Testing;
using Moq;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Http;
using ShopwareSync.Core.Shopware.Resilience;

namespace ShopwareSync.Tests.Unit.Shopware;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ShopwareResiliencePipelineTests : IDisposable
{
    private const string BaseUrl = "https://shop.example.test";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private readonly TimerTrackingTimeProvider clock = new();
    private readonly Mock<IRetryJitter> jitter = new();
    private readonly FakeLogCollector logs = new();
    private readonly ShopwareOptions options = TestOptions.Valid();
    private readonly StubHttpHandler network;
    private readonly DateTimeOffset start;

    public ShopwareResiliencePipelineTests()
    {
        start = clock.GetUtcNow();
        network = new StubHttpHandler { Clock = clock.GetUtcNow };
        jitter.Setup(j => j.NextFraction()).Returns(0.5);
    }

    public void Dispose() => network.Dispose();

    private HttpMessageInvoker CreateInvoker()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        ShopwareResiliencePipeline.Configure(builder, options, clock, jitter.Object, new FakeLogger(logs));
        return new HttpMessageInvoker(new ResilienceHandler(builder.Build()) { InnerHandler = network });
    }

    private static HttpRequestMessage Post(string path) => new(HttpMethod.Post, BaseUrl + path) { Content = new StringContent("{}") };

    // Timers of the attempt and total timeouts are not waits to drive through; test delays avoid their lengths.
    private bool IsRetryDelay(TimeSpan due) =>
        due > TimeSpan.Zero && due != options.RequestTimeout && due != options.Resilience.TotalTimeout;

    /// <summary>Sends, and each time the pipeline starts waiting for a retry, advances the clock through that wait.</summary>
    private async Task<HttpResponseMessage> SendAndDriveAsync(HttpMessageInvoker invoker, HttpRequestMessage request)
    {
        var sending = invoker.SendAsync(request, CancellationToken.None);
        while (true)
        {
            var timer = clock.WaitForTimerAsync(IsRetryDelay);
            if (await Task.WhenAny(sending, timer) == sending)
                return await sending;
            clock.AdvanceInSteps(await timer, Step);
        }
    }

    private List<TimeSpan> SentAfterStart() => network.Requests.Select(r => r.SentAt!.Value - start).ToList();

    [Test]
    public async Task SendAsync_TransientStatuses_RetriesWithExponentialBackoff()
    {
        network.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/_action/sync"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(SentAfterStart(), Is.EqualTo(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3) }));
    }

    [TestCase(1.0, 1200)]
    [TestCase(0.0, 800)]
    public async Task SendAsync_Jitter_MovesDelayByUpToTwentyPercent(double fraction, int expectedMs)
    {
        jitter.Setup(j => j.NextFraction()).Returns(fraction);
        network.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/_action/sync"));

        Assert.That(SentAfterStart()[1], Is.EqualTo(TimeSpan.FromMilliseconds(expectedMs)));
    }

    [Test]
    public async Task SendAsync_RetriesExhausted_ReturnsLastResponse()
    {
        network.Respond(HttpStatusCode.ServiceUnavailable);
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/_action/sync"));

        Assert.That((response.StatusCode, network.Calls), Is.EqualTo((HttpStatusCode.ServiceUnavailable, 1 + options.Resilience.MaxRetryAttempts)));
        Assert.That(SentAfterStart().Last(), Is.EqualTo(TimeSpan.FromSeconds(1 + 2 + 4)));
    }

    [Test]
    public async Task SendAsync_RetryAfterSeconds_WaitsAsInstructed()
    {
        network.Respond(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            .Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/search/product"));

        Assert.That(SentAfterStart(), Is.EqualTo(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(7) }));
    }

    [Test]
    public async Task SendAsync_LoginThrottledWithoutHeader_WaitsTheSecondsShopwareNames()
    {
        network.Respond(HttpStatusCode.TooManyRequests, """
                {"errors":[{"status":"429","code":"FRAMEWORK__AUTH_THROTTLED","title":"Too Many Requests",
                  "detail":"Auth throttled for 12 seconds.","meta":{"parameters":{"seconds":12}}}]}
                """)
            .Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/oauth/token"));

        Assert.That(SentAfterStart(), Is.EqualTo(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(12) }));
    }

    [Test]
    public async Task SendAsync_RetryAfterHttpDate_WaitsUntilThatTime()
    {
        network.Respond(HttpStatusCode.ServiceUnavailable,
                configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(start + TimeSpan.FromSeconds(20)))
            .Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/search/product"));

        Assert.That(SentAfterStart(), Is.EqualTo(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(20) }));
    }

    [Test]
    public async Task SendAsync_RetryAfterLongerThanMaxDelay_ReturnsWithoutRetry()
    {
        network.Respond(HttpStatusCode.ServiceUnavailable, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1)));
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/_action/sync"));

        Assert.That((response.StatusCode, network.Calls), Is.EqualTo((HttpStatusCode.ServiceUnavailable, 1)));
    }

    [TestCase("/api/_action/sync")]
    [TestCase("/api/search/product")]
    [TestCase("/api/search-ids/product")]
    [TestCase("/api/oauth/token")]
    public async Task SendAsync_IdempotentPost_IsRetried(string path)
    {
        network.Respond(HttpStatusCode.GatewayTimeout).Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post(path));

        Assert.That(network.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task SendAsync_CreateWithoutClientChosenId_IsNotRetried()
    {
        network.Respond(HttpStatusCode.GatewayTimeout).Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/product"));

        Assert.That((response.StatusCode, network.Calls), Is.EqualTo((HttpStatusCode.GatewayTimeout, 1)));
    }

    [Test]
    public async Task SendAsync_CreateFlaggedRetrySafe_IsRetried()
    {
        network.Respond(HttpStatusCode.GatewayTimeout).Respond(HttpStatusCode.NoContent);
        using var invoker = CreateInvoker();
        var request = Post("/api/product");
        request.Options.Set(new HttpRequestOptionsKey<bool>(ShopwareRequestProperties.RetrySafe), true);

        using var response = await SendAndDriveAsync(invoker, request);

        Assert.That((response.StatusCode, network.Calls), Is.EqualTo((HttpStatusCode.NoContent, 2)));
    }

    [TestCase(HttpStatusCode.BadRequest)]
    [TestCase(HttpStatusCode.NotFound)]
    [TestCase(HttpStatusCode.Forbidden)]
    public async Task SendAsync_PermanentStatus_IsNotRetried(HttpStatusCode status)
    {
        network.Respond(status, """{"errors":[]}""");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/_action/sync"));

        Assert.That(network.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task SendAsync_ConnectionFailure_IsRetried()
    {
        network.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")).Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, new HttpRequestMessage(HttpMethod.Get, BaseUrl + "/api/product/0189bf2a627a7296adbc83527ba9ac29"));

        Assert.That((response.StatusCode, network.Calls), Is.EqualTo((HttpStatusCode.OK, 2)));
    }

    [Test]
    public async Task SendAsync_AttemptExceedsRequestTimeout_CancelsAndRetries()
    {
        network.Hang().Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        var sending = invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None);
        await network.WaitForCallAsync(1);
        clock.AdvanceInSteps(options.RequestTimeout, Step);
        clock.AdvanceInSteps(await clock.WaitForTimerAsync(IsRetryDelay), Step);
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(SentAfterStart(), Is.EqualTo(new[] { TimeSpan.Zero, options.RequestTimeout + TimeSpan.FromSeconds(1) }));
    }

    [Test]
    public async Task SendAsync_TotalTimeoutReached_StopsRetrying()
    {
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(15);
        network.Hang();
        using var invoker = CreateInvoker();

        var sending = invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None);
        await network.WaitForCallAsync(1);
        clock.AdvanceInSteps(options.RequestTimeout, Step);
        clock.AdvanceInSteps(await clock.WaitForTimerAsync(IsRetryDelay), Step);
        await network.WaitForCallAsync(2);
        clock.AdvanceInSteps(TimeSpan.FromSeconds(4), Step);

        Assert.That(async () => await sending.WaitAsync(TimeSpan.FromSeconds(10)), Throws.TypeOf<TimeoutRejectedException>());
        Assert.That(network.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task SendAsync_RepeatedServerFailures_OpenCircuitThenHalfOpenAfterBreak()
    {
        options.Resilience.MaxRetryAttempts = 0;
        options.Resilience.CircuitMinimumThroughput = 2;
        network.Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();
        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();
        Assert.That(async () => await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None), Throws.TypeOf<BrokenCircuitException>());
        Assert.That(network.Calls, Is.EqualTo(2), "an open circuit sends nothing");

        clock.Advance(options.Resilience.CircuitBreakDuration);
        using var trial = await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None);
        using var after = await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None);

        Assert.That((trial.StatusCode, after.StatusCode, network.Calls), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, 4)));
        Assert.That(logs.GetSnapshot().Select(r => r.Id.Id), Is.SupersetOf(new[] { 2021, 2022, 2023 }));
    }

    [Test]
    public async Task SendAsync_HalfOpenTrialFails_OpensAgain()
    {
        options.Resilience.MaxRetryAttempts = 0;
        options.Resilience.CircuitMinimumThroughput = 2;
        network.Respond(HttpStatusCode.InternalServerError);
        using var invoker = CreateInvoker();
        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();
        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();

        clock.Advance(options.Resilience.CircuitBreakDuration);
        (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();

        Assert.That(async () => await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None), Throws.TypeOf<BrokenCircuitException>());
        Assert.That(network.Calls, Is.EqualTo(3));
    }

    [Test]
    public async Task SendAsync_ClientErrors_DoNotOpenCircuit()
    {
        options.Resilience.MaxRetryAttempts = 0;
        options.Resilience.CircuitMinimumThroughput = 2;
        network.Respond(HttpStatusCode.BadRequest, """{"errors":[]}""");
        using var invoker = CreateInvoker();

        for (var i = 0; i < 4; i++)
            (await invoker.SendAsync(Post("/api/_action/sync"), CancellationToken.None)).Dispose();

        Assert.That(network.Calls, Is.EqualTo(4));
    }

    [Test]
    public async Task SendAsync_Retry_LogsDelayAndAttempt()
    {
        network.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker();

        using var response = await SendAndDriveAsync(invoker, Post("/api/_action/sync"));

        var retry = logs.GetSnapshot().Single(r => r.Id.Id == 2020);
        Assert.That(retry.Message, Is.EqualTo("Retrying Shopware POST /api/_action/sync in 1000 ms (retry 1) after HTTP 503"));
    }
}

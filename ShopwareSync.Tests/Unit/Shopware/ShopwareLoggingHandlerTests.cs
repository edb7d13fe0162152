using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ShopwareSync.Core.Shopware.Http;

namespace ShopwareSync.Tests.Unit.Shopware;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ShopwareLoggingHandlerTests : IDisposable
{
    private readonly FakeTimeProvider clock = new();
    private readonly FakeLogCollector logs = new();
    private readonly StubHttpHandler network = new();

    public void Dispose() => network.Dispose();

    private readonly FakeLogger<ShopwareLoggingHandler> logger;

    public ShopwareLoggingHandlerTests() => logger = new FakeLogger<ShopwareLoggingHandler>(logs);

    private HttpMessageInvoker CreateInvoker() => new(new ShopwareLoggingHandler(logger, clock) { InnerHandler = network });

    private StubHttpHandler RespondAfter(TimeSpan duration, HttpStatusCode status) => network.Respond((_, _) =>
    {
        clock.Advance(duration);
        return Task.FromResult(new HttpResponseMessage(status));
    });

    [Test]
    public async Task SendAsync_Answered_LogsMethodPathStatusDurationAttemptAndCorrelation()
    {
        RespondAfter(TimeSpan.FromMilliseconds(250), HttpStatusCode.OK);
        using var invoker = CreateInvoker();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://shop.example.test/api/product?limit=1&term=secretish");
        request.Headers.Add(ShopwareRequestProperties.CorrelationIdHeader, "job-42");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        var record = logs.LatestRecord;
        Assert.Multiple(() =>
        {
            Assert.That(record.Message, Is.EqualTo("Shopware GET /api/product answered 200 in 250 ms (attempt 1, correlation job-42)"));
            Assert.That(record.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(record.StructuredState!.ToDictionary(p => p.Key, p => p.Value)["CorrelationId"], Is.EqualTo("job-42"));
        });
    }

    [Test]
    public async Task SendAsync_ErrorStatus_LogsWarning()
    {
        RespondAfter(TimeSpan.FromMilliseconds(5), HttpStatusCode.ServiceUnavailable);
        using var invoker = CreateInvoker();

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Post, "https://shop.example.test/api/_action/sync"), CancellationToken.None);

        Assert.That((logs.LatestRecord.Level, logs.LatestRecord.Message), Is.EqualTo((LogLevel.Warning,
            "Shopware POST /api/_action/sync answered 503 in 5 ms (attempt 1, correlation -)")));
    }

    [Test]
    public async Task SendAsync_SameMessageSentAgain_CountsAttempts()
    {
        network.Respond(HttpStatusCode.OK);
        using var invoker = CreateInvoker();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://shop.example.test/api/product/0189bf2a627a7296adbc83527ba9ac29");

        (await invoker.SendAsync(request, CancellationToken.None)).Dispose();
        (await invoker.SendAsync(request, CancellationToken.None)).Dispose();

        Assert.That(logs.GetSnapshot().Select(r => r.StructuredState!.Single(p => p.Key == "Attempt").Value), Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public async Task SendAsync_AmbientActivity_UsesItsTraceIdAsCorrelation()
    {
        network.Respond(HttpStatusCode.OK);
        using var invoker = CreateInvoker();
        using var activity = new Activity("sync-job").SetIdFormat(ActivityIdFormat.W3C).Start();

        (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://shop.example.test/api/product"), CancellationToken.None)).Dispose();

        Assert.That(logs.LatestRecord.Message, Does.EndWith($"correlation {activity.TraceId})"));
    }

    [Test]
    public async Task SendAsync_CallerScopeWithCorrelationId_CarriesScopeOnCallLine()
    {
        network.Respond(HttpStatusCode.OK);
        using var invoker = CreateInvoker();

        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = "job-7" }))
            (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://shop.example.test/api/product"), CancellationToken.None)).Dispose();

        Assert.That(logs.LatestRecord.Scopes.OfType<Dictionary<string, object>>().Single()["CorrelationId"], Is.EqualTo("job-7"));
    }

    [Test]
    public void SendAsync_NoResponse_LogsFailureAndRethrows()
    {
        network.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        using var invoker = CreateInvoker();

        Assert.That(async () => await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://shop.example.test/api/product"), CancellationToken.None),
            Throws.TypeOf<HttpRequestException>());
        Assert.That(logs.LatestRecord.Message, Does.StartWith("Shopware GET /api/product got no response after 0 ms (attempt 1")
            .And.EndWith("HttpRequestException: Connection refused"));
    }
}

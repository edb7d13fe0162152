using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Moq;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Shopware.Resilience;

namespace ShopwareSync.Tests.Unit.Shopware;

/// <summary>
/// The client as registered by <see cref="ShopwareServiceCollectionExtensions.AddShopwareClient"/>: handlers in
/// order (resilience → authentication → logging), the token endpoint on its own client, and no secret in any log
/// line or exception.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ShopwareClientRegistrationTests : IDisposable
{
    private const string FirstToken = "eyJ0eXAiOiJKV1QifQ.first-token-9c1d.sig";
    private const string SecondToken = "eyJ0eXAiOiJKV1QifQ.second-token-4e2a.sig";

    private readonly FakeLogCollector logs = new();
    private readonly TimerTrackingTimeProvider clock = new();
    private readonly StubHttpHandler network;
    private readonly ServiceProvider provider;

    public ShopwareClientRegistrationTests()
    {
        network = new StubHttpHandler { Clock = clock.GetUtcNow };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Shopware:Features:Enabled"] = "true",
            ["Shopware:BaseUrl"] = "https://shop.example.test",
            ["Shopware:ClientId"] = "SWIAQ0FSVE1JWFDWMKPXM0JQNQ",
            ["Shopware:ClientSecret"] = TestOptions.ClientSecret,
        }).Build();
        var jitter = new Mock<IRetryJitter>();
        jitter.Setup(j => j.NextFraction()).Returns(0.5);

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(jitter.Object);
        services.AddShopwareClient(configuration);
        // After AddShopwareClient, so the fake network replaces the primary handler it configured.
        services.AddHttpClient(ShopwareServiceCollectionExtensions.AdminClientName).ConfigurePrimaryHttpMessageHandler(() => network);
        services.AddHttpClient(ShopwareServiceCollectionExtensions.OAuthClientName).ConfigurePrimaryHttpMessageHandler(() => network);
        provider = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        provider.Dispose();
        network.Dispose();
    }

    private static string TokenAnswer(string token) => $$$"""{"token_type":"Bearer","expires_in":600,"access_token":"{{{token}}}"}""";

    private static Dictionary<string, SyncOperation> Batch() => new()
    {
        ["s"] = SyncOperation.Upsert("product", [new ProductStockUpdate("0189bf2a627a7296adbc83527ba9ac29", 3)]),
    };

    private IEnumerable<string> EverythingLogged() =>
        logs.GetSnapshot().SelectMany(r => new[] { r.Message, r.Exception?.ToString() ?? "" }
            .Concat(r.StructuredState?.Select(p => p.Value ?? "") ?? []));

    [Test]
    public async Task SyncAsync_TransientFailure_RetriesWithCachedTokenAndLogsEachAttempt()
    {
        network.Respond(HttpStatusCode.OK, TokenAnswer(FirstToken))
            .Respond(HttpStatusCode.ServiceUnavailable)
            .Respond(HttpStatusCode.OK, """{"data":{"product":["0189bf2a627a7296adbc83527ba9ac29"]},"notFound":[],"deleted":[]}""");
        var api = provider.GetRequiredService<IShopwareAdminApi>();

        var syncing = api.SyncAsync(Batch(), null, CancellationToken.None);
        clock.AdvanceInSteps(await clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(1)), TimeSpan.FromMilliseconds(100));
        var result = await syncing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(result.WrittenIds("product"), Has.Count.EqualTo(1));
            Assert.That(network.Requests.Select(r => $"{r.Path} {r.Authorization}"), Is.EqualTo(new[]
            {
                "/api/oauth/token ", $"/api/_action/sync Bearer {FirstToken}", $"/api/_action/sync Bearer {FirstToken}",
            }));
            Assert.That(network.Requests.Select(r => r.Accept), Is.All.EqualTo("application/json"));
            Assert.That(logs.GetSnapshot().Where(r => r.Id.Id is 2000 or 2001).Select(r => r.Message), Is.EqualTo(new[]
            {
                "Shopware POST /api/oauth/token answered 200 in 0 ms (attempt 1, correlation -)",
                "Shopware POST /api/_action/sync answered 503 in 0 ms (attempt 1, correlation -)",
                "Shopware POST /api/_action/sync answered 200 in 0 ms (attempt 2, correlation -)",
            }));
        });
    }

    [Test]
    public async Task SyncAsync_TokenExpiredAndSignInRejected_FailsPermanentlyWithoutLeakingSecrets()
    {
        network.Respond(HttpStatusCode.OK, TokenAnswer(FirstToken))
            .Respond(HttpStatusCode.Unauthorized, """{"errors":[{"code":"9","status":"401","title":"Unauthorized","detail":"Access token could not be verified"}]}""")
            // A proxy that echoes the request into its error detail: the worst case for leaking.
            .Respond(HttpStatusCode.Unauthorized, $$$"""
                {"errors":[{"code":"4","status":"401","title":"Client authentication failed",
                  "detail":"rejected {\"client_secret\":\"{{{TestOptions.ClientSecret}}}\"} with Authorization: Bearer {{{FirstToken}}}"}]}
                """);
        var api = provider.GetRequiredService<IShopwareAdminApi>();

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(() => api.SyncAsync(Batch(), null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Multiple(() =>
        {
            Assert.That((exception!.IsRetryable, exception.Failure.Reason), Is.EqualTo((false, ShopwareErrorReason.InvalidCredentials)));
            Assert.That(network.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/api/oauth/token", "/api/_action/sync", "/api/oauth/token" }));
            Assert.That(exception.ToString(), Does.Not.Contain(TestOptions.ClientSecret).And.Not.Contain(FirstToken));
            Assert.That(EverythingLogged(), Has.None.Contains(TestOptions.ClientSecret).And.None.Contains(FirstToken));
            Assert.That(logs.GetSnapshot().Select(r => r.Id.Id), Does.Contain(2011), "the rejected token is logged as an event");
        });
    }

    [Test]
    public async Task SyncAsync_TokenRejectedOnce_SignsInAgainAndSucceedsWithoutLeakingTokens()
    {
        network.Respond(HttpStatusCode.OK, TokenAnswer(FirstToken))
            .Respond(HttpStatusCode.Unauthorized, """{"errors":[{"code":"9","status":"401","detail":"Access token could not be verified"}]}""")
            .Respond(HttpStatusCode.OK, TokenAnswer(SecondToken))
            .Respond(HttpStatusCode.OK, """{"data":[],"notFound":[],"deleted":[]}""");
        var api = provider.GetRequiredService<IShopwareAdminApi>();

        await api.SyncAsync(Batch(), null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(network.Requests[3].Authorization, Is.EqualTo($"Bearer {SecondToken}"));
        Assert.That(network.Requests[3].Body, Is.EqualTo(network.Requests[1].Body).And.Contain("\"stock\":3"), "the repeat carries the same body");
        Assert.That(EverythingLogged(), Has.None.Contains(SecondToken).And.None.Contains(FirstToken).And.None.Contains(TestOptions.ClientSecret));
    }
}

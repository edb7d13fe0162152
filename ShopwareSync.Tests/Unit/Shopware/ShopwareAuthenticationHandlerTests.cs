using System.Net;
using Microsoft.Extensions.Logging.Testing;
using Moq;
using ShopwareSync.Core.Shopware.Http;

namespace ShopwareSync.Tests.Unit.Shopware;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ShopwareAuthenticationHandlerTests
{
    private readonly Mock<IShopwareTokenSource> tokens = new();
    private readonly FakeLogCollector logs = new();

    private HttpMessageInvoker CreateInvoker(StubHttpHandler network) =>
        new(new ShopwareAuthenticationHandler(tokens.Object, new FakeLogger<ShopwareAuthenticationHandler>(logs)) { InnerHandler = network });

    private static HttpRequestMessage Request(string path = "/api/_action/sync") =>
        new(HttpMethod.Post, "https://shop.example.test" + path) { Content = new StringContent("""{"s":{}}""") };

    [Test]
    public async Task SendAsync_Request_CarriesBearerToken()
    {
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("token-1");
        var network = new StubHttpHandler().Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker(network);

        using var response = await invoker.SendAsync(Request(), CancellationToken.None);

        Assert.That(network.Requests.Single().Authorization, Is.EqualTo("Bearer token-1"));
    }

    [Test]
    public async Task SendAsync_Unauthorized_SignsInAgainAndRepeatsOnceWithNewToken()
    {
        tokens.SetupSequence(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("expired").ReturnsAsync("fresh");
        var network = new StubHttpHandler()
            .Respond(HttpStatusCode.Unauthorized, """{"errors":[{"code":"9","status":"401","detail":"Access token could not be verified"}]}""")
            .Respond(HttpStatusCode.OK, "{}");
        using var invoker = CreateInvoker(network);

        using var response = await invoker.SendAsync(Request(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(network.Requests.Select(r => r.Authorization), Is.EqualTo(new[] { "Bearer expired", "Bearer fresh" }));
            Assert.That(network.Requests.Select(r => r.Body), Is.All.EqualTo("""{"s":{}}"""));
        });
        tokens.Verify(t => t.Invalidate("expired"), Times.Once);
    }

    [Test]
    public async Task SendAsync_UnauthorizedTwice_ReturnsSecond401WithoutThirdAttempt()
    {
        tokens.SetupSequence(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("a").ReturnsAsync("b").ReturnsAsync("c");
        var network = new StubHttpHandler().Respond(HttpStatusCode.Unauthorized, """{"errors":[{"code":"9","status":"401"}]}""");
        using var invoker = CreateInvoker(network);

        using var response = await invoker.SendAsync(Request(), CancellationToken.None);

        Assert.That((response.StatusCode, network.Calls), Is.EqualTo((HttpStatusCode.Unauthorized, 2)));
        tokens.Verify(t => t.GetTokenAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task SendAsync_TokenEndpoint_PassesWithoutTokenOrSignIn()
    {
        var network = new StubHttpHandler().Respond(HttpStatusCode.Unauthorized, """{"errors":[{"code":"4","status":"401"}]}""");
        using var invoker = CreateInvoker(network);

        using var response = await invoker.SendAsync(Request("/api/oauth/token"), CancellationToken.None);

        Assert.That((network.Calls, network.Requests[0].Authorization), Is.EqualTo((1, (string?)null)));
        tokens.VerifyNoOtherCalls();
    }

    [Test]
    public async Task SendAsync_Unauthorized_LogsWithoutToken()
    {
        tokens.SetupSequence(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("secret-token-1").ReturnsAsync("secret-token-2");
        var network = new StubHttpHandler().Respond(HttpStatusCode.Unauthorized).Respond(HttpStatusCode.NoContent);
        using var invoker = CreateInvoker(network);

        using var response = await invoker.SendAsync(Request(), CancellationToken.None);

        var record = logs.GetSnapshot().Single();
        Assert.That(record.Message, Does.Contain("/api/_action/sync").And.Not.Contain("secret-token"));
    }
}

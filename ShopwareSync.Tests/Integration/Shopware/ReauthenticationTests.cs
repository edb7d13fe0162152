using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Shopware.Http;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// Resilience rule: a 401 drops the token, signs in again and repeats the call once. The sandbox kills every token
/// after two requests, long before its <c>expires_in</c>, so only a 401 tells the client. The rule has no setting;
/// the counter-test removes it by making the token source ignore rejections.
/// </summary>
[TestFixture]
public sealed class ReauthenticationTests
{
    private static readonly SandboxFaultOptions TokensDieAfterTwoRequests = new() { TokenExpiresAfterRequests = 2 };

    [Test]
    public async Task GetProductAsync_TokenDiesEarly_SignsInAgainAndCompletes()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("RE-1", 3))[0];
        sandbox.SetFaults(TokensDieAfterTwoRequests);
        await using var client = ComposedClient.For(sandbox);

        for (var i = 0; i < 3; i++)
            await client.Api.GetProductAsync(product.Id, CancellationToken.None);

        var counters = sandbox.Counters();
        Assert.That(counters.Answered(401), Is.EqualTo(1), "the third call met the dead token");
        Assert.That(counters.Answered(200, SandboxServerExtensions.TokenEndpoint), Is.EqualTo(2), "and signed in again");
        Assert.That(counters.Answered(200, "GET /api/product/{id}"), Is.EqualTo(3));
    }

    [Test]
    public async Task GetProductAsync_TokenDiesEarlyAndRejectionIgnored_FailsAsTokenRejected()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("RE-1", 3))[0];
        sandbox.SetFaults(TokensDieAfterTwoRequests);
        await using var client = ComposedClient.For(sandbox, configure: services =>
            services.AddSingleton<IShopwareTokenSource>(sp => new TokenSourceIgnoringRejections(new ShopwareTokenSource(
                sp.GetRequiredService<IShopwareOAuthApi>,
                sp.GetRequiredService<IOptions<ShopwareOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<ShopwareTokenSource>>()))));

        await client.Api.GetProductAsync(product.Id, CancellationToken.None);
        await client.Api.GetProductAsync(product.Id, CancellationToken.None);
        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.GetProductAsync(product.Id, CancellationToken.None));

        Assert.That(failure!.StatusCode, Is.EqualTo(401));
        Assert.That(failure.Failure.Reason, Is.EqualTo(ShopwareErrorReason.TokenRejected));
        Assert.That(sandbox.Counters().Answered(200, SandboxServerExtensions.TokenEndpoint), Is.EqualTo(1), "no second sign-in");
    }
}

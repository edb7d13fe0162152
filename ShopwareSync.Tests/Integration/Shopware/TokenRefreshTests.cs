using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ShopwareSync.Core.Shopware.Http;
using ShopwareSync.Sandbox.Auth;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// Resilience rule: a token is replaced before its <c>expires_in</c> runs out, so no call is spent on a 401. Client
/// and sandbox share a fake clock that jumps past the token's lifetime between two calls. The rule has no setting;
/// without it the re-authentication rule would still rescue the call, and the 401 this test forbids would show.
/// </summary>
[TestFixture]
public sealed class TokenRefreshTests
{
    [Test]
    public async Task GetProductAsync_TokenLifetimeOverBetweenCalls_SignsInAgainBeforeTheShopRejectsIt()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await using var sandbox = await SandboxServer.StartAsync(timeProvider: clock);
        var product = sandbox.Seed(new SeedProductRequest("TR-1", 3))[0];
        await using var client = ComposedClient.For(sandbox, configure: services => services.AddSingleton<TimeProvider>(clock));
        await client.Api.GetProductAsync(product.Id, CancellationToken.None);
        var firstToken = await client.Services.GetRequiredService<IShopwareTokenSource>().GetTokenAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(601)); // expires_in is 600
        await client.Api.GetProductAsync(product.Id, CancellationToken.None);

        Assert.That(sandbox.GetRequiredService<AccessTokenRegistry>().Verify(firstToken), Is.Not.Null, "the first token is dead by now");
        var counters = sandbox.Counters();
        Assert.That(counters.Answered(401), Is.Zero, "no call went out with the dead token");
        Assert.That(counters.Answered(200, SandboxServerExtensions.TokenEndpoint), Is.EqualTo(2));
    }
}

using ShopwareSync.Sandbox.Control;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>Calls made at the same time share one sign-in: the token source lets one caller sign in, the rest wait for it.</summary>
[TestFixture]
public sealed class SharedSignInTests
{
    [Test]
    public async Task GetProductAsync_TwentyCallsAtOnce_SignInOnce()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("SH-1", 3))[0];
        await using var client = ComposedClient.For(sandbox);

        var reads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.Api.GetProductAsync(product.Id, CancellationToken.None)));

        Assert.That(reads.Select(r => r.Data.Id), Is.All.EqualTo(product.Id));
        var counters = sandbox.Counters();
        Assert.That(counters.Answered(200, SandboxServerExtensions.TokenEndpoint), Is.EqualTo(1));
        Assert.That(counters.Answered(200, "GET /api/product/{id}"), Is.EqualTo(20));
    }
}

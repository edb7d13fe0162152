using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// Only requests that are safe to repeat are retried: a product create with its own id is, one without is not
/// (a repeat after an unknown outcome would create a second product). The sandbox answers every request 503.
/// </summary>
[TestFixture]
public sealed class RetrySafetyTests
{
    private static readonly SandboxFaultOptions AllUnavailable = new() { ServiceUnavailableRatio = 1 };

    [Test]
    public async Task CreateProductAsync_WithOwnIdAndShopUnavailable_IsRetriedUntilAttemptsRunOut()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);
        var payload = (await client.MapperAsync()).ToCreate(CatalogRows.Row("RS-1", 1)).Payload;
        sandbox.SetFaults(AllUnavailable);

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.CreateProductAsync(payload, CancellationToken.None));

        Assert.That(failure!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.Unavailable));
        Assert.That(sandbox.Counters().Answered(503, "POST /api/product"), Is.EqualTo(4), "first attempt and three retries");
    }

    [Test]
    public async Task CreateProductAsync_WithoutIdAndShopUnavailable_IsSentOnce()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);
        var payload = (await client.MapperAsync()).ToCreate(CatalogRows.Row("RS-1", 1)).Payload with { Id = null, Visibilities = null };
        sandbox.SetFaults(AllUnavailable);

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.CreateProductAsync(payload, CancellationToken.None));

        Assert.That(failure!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.Unavailable));
        Assert.That(failure.IsRetryable, Is.True, "the job may try again later, after checking what exists");
        Assert.That(sandbox.Counters().Answered(503, "POST /api/product"), Is.EqualTo(1));
    }
}

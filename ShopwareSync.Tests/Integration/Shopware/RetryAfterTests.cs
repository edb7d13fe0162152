using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// Resilience rule: a 429's <c>Retry-After</c> is waited out before the retry. The sandbox allows one request per
/// second; the client's own backoff is a few milliseconds, so only a client that waits as told gets through.
/// </summary>
[TestFixture]
public sealed class RetryAfterTests
{
    private const string ProductRoute = "GET /api/product/{id}";

    private static readonly SandboxFaultOptions OnePerSecond = new() { RateLimitPermits = 1, RateLimitWindow = TimeSpan.FromSeconds(1) };

    [Test]
    public async Task GetProductAsync_RateLimitedWithRetryAfter_WaitsOutTheWindowAndSucceeds()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("RA-1", 3))[0];
        await using var client = ComposedClient.For(sandbox);
        await client.Api.GetProductAsync(product.Id, CancellationToken.None); // signs in before the limit applies
        sandbox.SetFaults(OnePerSecond);

        await client.Api.GetProductAsync(product.Id, CancellationToken.None);
        var second = await client.Api.GetProductAsync(product.Id, CancellationToken.None);

        Assert.That(second.Data.Id, Is.EqualTo(product.Id));
        // Had the client retried before the window ended, it would have met a 429 per early attempt.
        Assert.That(sandbox.Counters().Answered(429, ProductRoute), Is.EqualTo(1));
    }

    [Test]
    public async Task GetProductAsync_RateLimitedWithRetryAfterRemoved_RetriesIntoTheLimitAndFails()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("RA-1", 3))[0];
        await using var client = ComposedClient.For(sandbox, networkHandler: () => new RetryHeaderStrippingHandler());
        await client.Api.GetProductAsync(product.Id, CancellationToken.None);
        sandbox.SetFaults(OnePerSecond);

        await client.Api.GetProductAsync(product.Id, CancellationToken.None);
        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.GetProductAsync(product.Id, CancellationToken.None));

        Assert.That(failure!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.RateLimited));
        Assert.That(sandbox.Counters().Answered(429, ProductRoute), Is.EqualTo(4), "the first attempt and three early retries");
    }

    [Test]
    public async Task GetProductAsync_RetryAfterLongerThanRetryMaxDelay_FailsAtOnceNamingTheWait()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("RA-1", 3))[0];
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?> { ["Shopware:Resilience:RetryMaxDelay"] = "00:00:00.500" });
        await client.Api.GetProductAsync(product.Id, CancellationToken.None);
        sandbox.SetFaults(OnePerSecond);

        await client.Api.GetProductAsync(product.Id, CancellationToken.None);
        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.GetProductAsync(product.Id, CancellationToken.None));

        Assert.That(failure!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.RateLimited));
        Assert.That(failure.Failure.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(1)), "the job scheduler waits what Shopware asked");
        Assert.That(sandbox.Counters().Answered(429, ProductRoute), Is.EqualTo(1));
    }
}

using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// Resilience rule: 503s are retried. The same reads against the same seeded 503s complete with the configured
/// retries and fail with <c>Shopware:Resilience:MaxRetryAttempts</c> 0, the rule switched off.
/// </summary>
[TestFixture]
public sealed class RetryOnUnavailableTests
{
    private const int Reads = 20;

    private static readonly SandboxFaultOptions Unavailable = new() { ServiceUnavailableRatio = 0.25, RandomSeed = 7001 };

    [Test]
    public async Task GetProductAsync_QuarterOfAnswers503_EveryReadCompletes()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("U-1", 3))[0];
        sandbox.SetFaults(Unavailable);
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?> { ["Shopware:Resilience:MaxRetryAttempts"] = "5" });

        var stocks = new List<int?>();
        for (var i = 0; i < Reads; i++)
            stocks.Add((await client.Api.GetProductAsync(product.Id, CancellationToken.None)).Data.Stock);

        Assert.That(stocks, Has.Count.EqualTo(Reads).And.All.EqualTo(3));
        Assert.That(sandbox.Counters().Answered(503), Is.GreaterThan(0), "the sandbox did answer 503s");
    }

    [Test]
    public async Task GetProductAsync_QuarterOfAnswers503WithoutRetries_FailsAsUnavailable()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("U-1", 3))[0];
        sandbox.SetFaults(Unavailable);
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?> { ["Shopware:Resilience:MaxRetryAttempts"] = "0" });

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(async () =>
        {
            for (var i = 0; i < Reads; i++)
                await client.Api.GetProductAsync(product.Id, CancellationToken.None);
        });

        Assert.That(failure!.StatusCode, Is.EqualTo(503));
        Assert.That(failure.Failure.Reason, Is.EqualTo(ShopwareErrorReason.Unavailable));
        Assert.That(failure.IsRetryable, Is.True, "left to the job scheduler");
        Assert.That(sandbox.Counters().Answered(503), Is.EqualTo(1), "the first 503 ends the run: nothing was repeated");
    }
}

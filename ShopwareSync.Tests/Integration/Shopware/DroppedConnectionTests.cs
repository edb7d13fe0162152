using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>Connections the sandbox drops without an answer are retried like 503s, for requests safe to repeat.</summary>
[TestFixture]
public sealed class DroppedConnectionTests
{
    [Test]
    public async Task GetProductAsync_ThirdOfConnectionsDropped_EveryReadCompletes()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("DC-1", 3))[0];
        sandbox.SetFaults(new SandboxFaultOptions { DroppedConnectionRatio = 0.3, RandomSeed = 7002 });
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?>
        {
            ["Shopware:Resilience:MaxRetryAttempts"] = "6",
            // The circuit breaker counts these failures too; a streak of them may rightly open it, which is not what
            // this test is about, so it opens only when every call fails.
            ["Shopware:Resilience:CircuitFailureRatio"] = "1",
        });

        for (var i = 0; i < 15; i++)
            Assert.That((await client.Api.GetProductAsync(product.Id, CancellationToken.None)).Data.Stock, Is.EqualTo(3));

        Assert.That(sandbox.Counters().Answered(status: 0), Is.GreaterThan(0), "connections were dropped");
    }
}

using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>A sync rejected with MySQL's deadlock (500 <c>"1213"</c>, nothing written) is repeated until it is written once.</summary>
[TestFixture]
public sealed class SyncDeadlockTests
{
    [Test]
    public async Task UpsertAsync_HalfOfSyncsDeadlock_EveryBatchIsWrittenOnce()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed([.. Enumerable.Range(1, 10).Select(i => new SeedProductRequest($"DL-{i}", i))]);
        sandbox.SetFaults(new SandboxFaultOptions { SyncDeadlockRatio = 0.5, RandomSeed = 7003 });
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?>
        {
            ["Shopware:Resilience:MaxRetryAttempts"] = "8",
            // The circuit breaker counts these failures too; a streak of them may rightly open it, which is not what
            // this test is about, so it opens only when every call fails.
            ["Shopware:Resilience:CircuitFailureRatio"] = "1",
        });

        foreach (var product in seeded)
            await client.Api.UpsertAsync("stock", "product", [new ProductStockUpdate(product.Id, product.Stock + 100)], CancellationToken.None);

        Assert.That(sandbox.State().Products.Values.Select(p => p.Stock), Is.EquivalentTo(seeded.Select(p => p.Stock + 100)));
        var counters = sandbox.Counters();
        Assert.That(counters.Answered(500, "POST /api/_action/sync"), Is.GreaterThan(0), "deadlocks happened");
        Assert.That(counters.SyncRecordsWritten, Is.EqualTo(seeded.Count));
    }
}

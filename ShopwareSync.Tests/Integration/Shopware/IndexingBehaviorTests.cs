using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>The sync call's <c>indexing-behavior</c> header reaches the shop and changes what the write indexes.</summary>
[TestFixture]
public sealed class IndexingBehaviorTests
{
    [TestCase(null, false)]
    [TestCase(IndexingBehavior.UseQueue, false)]
    [TestCase(IndexingBehavior.Disable, true)]
    public async Task SyncAsync_CloseoutSoldOut_RecomputesAvailableUnlessIndexingDisabled(string? behavior, bool availableAfterwards)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("IX-1", 5, IsCloseout: true))[0];
        await using var client = ComposedClient.For(sandbox);

        await client.Api.SyncAsync(
            new Dictionary<string, SyncOperation> { ["stock"] = SyncOperation.Upsert("product", [new ProductStockUpdate(product.Id, 0)]) },
            behavior, CancellationToken.None);

        var stored = sandbox.ProductByNumber("IX-1")!;
        Assert.That(stored.Stock, Is.Zero);
        Assert.That(stored.AvailableStock, Is.Zero);
        Assert.That(stored.Available, Is.EqualTo(availableAfterwards));
    }
}

using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Shopware.Mapping;
using ShopwareSync.Sandbox.Control;
using SandboxReferenceData = ShopwareSync.Sandbox.Reference.SandboxReferenceData;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary><c>POST /api/_action/sync</c> through the real client: stock updates, creates, deletes and rejections.</summary>
[TestFixture]
public sealed class SyncContractTests
{
    [Test]
    public async Task UpsertAsync_StockUpdatesById_OverwritesStockOfThoseProductsOnly()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("ST-1", 5), new SeedProductRequest("ST-2", 6), new SeedProductRequest("ST-3", 7));
        await using var client = ComposedClient.For(sandbox);
        var updates = new[]
        {
            ProductPayloadMapper.ToStockUpdate(CatalogRows.Row("ST-1", 41), seeded[0].Id).Payload,
            ProductPayloadMapper.ToStockUpdate(CatalogRows.Row("ST-3", 0), seeded[2].Id).Payload,
        };

        var result = await client.Api.UpsertAsync("stock", "product", updates, CancellationToken.None);

        Assert.That(sandbox.ProductByNumber("ST-1")!.Stock, Is.EqualTo(41));
        Assert.That(sandbox.ProductByNumber("ST-2")!.Stock, Is.EqualTo(6));
        Assert.That(sandbox.ProductByNumber("ST-3")!.Stock, Is.EqualTo(0));
        Assert.That(sandbox.State().Products, Has.Count.EqualTo(3));
        Assert.That(result.WrittenIds("product"), Is.EquivalentTo(new[] { seeded[0].Id, seeded[2].Id }));
    }

    [Test]
    public async Task UpsertAsync_CreateFromMapper_StoresTheProductUnderItsDeterministicId()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);
        var mapper = await client.MapperAsync();
        var create = mapper.ToCreate(CatalogRows.Row("NEW-100", 12, grossPrice: 23.80m, name: "Hex bolt M8")).Payload;

        await client.Api.UpsertAsync("create", "product", [create], CancellationToken.None);
        // A repeat (as after a timeout) must update the same product, visibility included, not add a second one.
        await client.Api.UpsertAsync("create", "product", [create], CancellationToken.None);

        var stored = sandbox.ProductByNumber("NEW-100");
        Assert.That(sandbox.State().Products, Has.Count.EqualTo(1));
        Assert.That(stored!.Id, Is.EqualTo(ShopwareIds.ForProduct("NEW-100")));
        Assert.That(stored.Name, Is.EqualTo("Hex bolt M8"));
        Assert.That(stored.Stock, Is.EqualTo(12));
        Assert.That(stored.TaxId, Is.EqualTo(SandboxReferenceData.StandardTaxId), "the shop's 19 % tax");
        var price = stored.Price!.Single();
        Assert.That(price.CurrencyId, Is.EqualTo(ShopwareDefaults.SystemCurrencyId));
        Assert.That(price.Gross, Is.EqualTo(23.80));
        Assert.That(price.Net, Is.EqualTo(20.0));
        var visibility = stored.Visibilities.Single();
        Assert.That(visibility.SalesChannelId, Is.EqualTo(SandboxServer.SalesChannelId));
        Assert.That(visibility.Visibility, Is.EqualTo(30));
    }

    [Test]
    public async Task SyncAsync_DeleteByIds_RemovesThoseProductsAndReportsTheMissingOne()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("DEL-1", 1), new SeedProductRequest("DEL-2", 2));
        await using var client = ComposedClient.For(sandbox);
        var missing = new string('e', 32);
        var keys = new[] { seeded[0].Id, missing }.Select(id => new Dictionary<string, string> { ["id"] = id });

        var result = await client.Api.SyncAsync(
            new Dictionary<string, SyncOperation> { ["delete"] = SyncOperation.Delete("product", keys) }, null, CancellationToken.None);

        Assert.That(sandbox.State().Products.Values.Select(p => p.ProductNumber), Is.EqualTo(new[] { "DEL-2" }));
        Assert.That(result.Deleted["product"].Select(k => k.GetString()), Is.EqualTo(new[] { seeded[0].Id }));
        Assert.That(result.NotFound["product"].Select(k => k.GetString()), Is.EqualTo(new[] { missing }));
    }

    [Test]
    public async Task UpsertAsync_OneBadRecord_FailsPermanentlyNamingItsIndexAndWritesNothing()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("BAD-1", 5), new SeedProductRequest("BAD-2", 6));
        await using var client = ComposedClient.For(sandbox);
        // Record 1 names a product that no longer exists: Shopware tries an insert and misses its required fields.
        var updates = new[]
        {
            new ProductStockUpdate(seeded[0].Id, 50),
            new ProductStockUpdate(new string('d', 32), 60),
            new ProductStockUpdate(seeded[1].Id, 70),
        };

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.UpsertAsync("stock", "product", updates, CancellationToken.None));

        Assert.That(failure!.IsRetryable, Is.False);
        Assert.That(failure.Failure.Reason, Is.EqualTo(ShopwareErrorReason.Validation));
        Assert.That(failure.Failure.RecordIndexes, Is.EqualTo(new[] { 1 }));
        Assert.That(failure.Failure.Errors.Select(e => e.OperationKey).Distinct(), Is.EqualTo(new[] { "stock" }));
        Assert.That(sandbox.ProductByNumber("BAD-1")!.Stock, Is.EqualTo(5), "all or nothing");
        Assert.That(sandbox.ProductByNumber("BAD-2")!.Stock, Is.EqualTo(6), "all or nothing");
        Assert.That(sandbox.Counters().Answered(400, "POST /api/_action/sync"), Is.EqualTo(1), "a permanent failure is not repeated");
    }

    [Test]
    public async Task UpsertAsync_ProductNumberTakenInOtherCase_FailsPermanentlyAsDuplicateNumber()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.Seed(new SeedProductRequest("dup-7", 3));
        await using var client = ComposedClient.For(sandbox);
        var mapper = await client.MapperAsync();
        var create = mapper.ToCreate(CatalogRows.Row("DUP-7", 9)).Payload;

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.UpsertAsync("create", "product", [create], CancellationToken.None));

        Assert.That(failure!.IsRetryable, Is.False);
        Assert.That(failure.Failure.Reason, Is.EqualTo(ShopwareErrorReason.DuplicateProductNumber));
        Assert.That(failure.Failure.Errors[0].Parameters["number"], Is.EqualTo("DUP-7"));
        Assert.That(sandbox.State().Products.Values.Select(p => p.ProductNumber), Is.EqualTo(new[] { "dup-7" }));
    }
}

using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Shopware.Mapping;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>The product routes (<c>GET/POST/PATCH/DELETE /api/product</c>) through the real client.</summary>
[TestFixture]
public sealed class ProductRestContractTests
{
    [Test]
    public async Task CreateProductAsync_PayloadFromMapper_StoresProductUnderItsDeterministicId()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);
        var mapper = await client.MapperAsync();

        await client.Api.CreateProductAsync(mapper.ToCreate(CatalogRows.Row("REST-1", 8, name: "Washer A4")).Payload, CancellationToken.None);

        var stored = sandbox.ProductByNumber("REST-1");
        Assert.That(stored!.Id, Is.EqualTo(ShopwareIds.ForProduct("REST-1")));
        Assert.That(stored.Name, Is.EqualTo("Washer A4"));
        Assert.That(stored.Stock, Is.EqualTo(8));
        Assert.That(stored.Visibilities, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CreateProductAsync_NumberTaken_FailsPermanentlyAsDuplicateNumber()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("REST-DUP", 3));
        await using var client = ComposedClient.For(sandbox);
        var mapper = await client.MapperAsync();

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(
            () => client.Api.CreateProductAsync(mapper.ToCreate(CatalogRows.Row("REST-DUP", 8)).Payload, CancellationToken.None));

        Assert.That(failure!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.DuplicateProductNumber));
        Assert.That(failure.IsRetryable, Is.False);
        Assert.That(sandbox.State().Products.Keys, Is.EqualTo(new[] { seeded[0].Id }));
    }

    [Test]
    public async Task GetProductAsync_SeededProduct_ReadsWhatTheShopHolds()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("GET-1", 17, Name: "Cable tie", Gross: 11.9))[0];
        await using var client = ComposedClient.For(sandbox);

        var product = (await client.Api.GetProductAsync(seeded.Id, CancellationToken.None)).Data;

        Assert.That(product.Id, Is.EqualTo(seeded.Id));
        Assert.That(product.ProductNumber, Is.EqualTo(seeded.ProductNumber));
        Assert.That(product.Name, Is.EqualTo(seeded.Name));
        Assert.That(product.Stock, Is.EqualTo(seeded.Stock));
        Assert.That(product.AvailableStock, Is.EqualTo(seeded.AvailableStock));
        Assert.That(product.TaxId, Is.EqualTo(seeded.TaxId));
        Assert.That(product.Price!.Single().Gross, Is.EqualTo((decimal)seeded.Price!.Single().Gross));
        // Shopware writes dates to the millisecond.
        Assert.That(product.CreatedAt, Is.EqualTo(seeded.CreatedAt).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public async Task UpdateProductAsync_NameAndStock_ChangesOnlyThoseFields()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("PATCH-1", 2, Name: "Old name"))[0];
        await using var client = ComposedClient.For(sandbox);

        await client.Api.UpdateProductAsync(seeded.Id, new ProductPayload { Name = "New name", Stock = 99 }, CancellationToken.None);

        var stored = sandbox.ProductByNumber("PATCH-1")!;
        Assert.That(stored.Name, Is.EqualTo("New name"));
        Assert.That(stored.Stock, Is.EqualTo(99));
        Assert.That(stored.Price, Is.EqualTo(seeded.Price), "fields not sent stay as they were");
        Assert.That(stored.TaxId, Is.EqualTo(seeded.TaxId));
    }

    [Test]
    public async Task DeleteProductAsync_ExistingThenAgain_RemovesItThenFailsAsNotFound()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("DEL-REST", 2), new SeedProductRequest("KEEP", 2));
        await using var client = ComposedClient.For(sandbox);

        await client.Api.DeleteProductAsync(seeded[0].Id, CancellationToken.None);
        var again = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.DeleteProductAsync(seeded[0].Id, CancellationToken.None));

        Assert.That(sandbox.State().Products.Values.Select(p => p.ProductNumber), Is.EqualTo(new[] { "KEEP" }));
        Assert.That(again!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.NotFound));
        Assert.That(again.IsRetryable, Is.False);
    }

    [Test]
    public async Task ListProductsAsync_SecondPage_ReturnsTheNextProductsInIdOrder()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.Seed([.. Enumerable.Range(1, 5).Select(i => new SeedProductRequest($"LIST-{i}", i))]);
        await using var client = ComposedClient.For(sandbox);

        var page = await client.Api.ListProductsAsync(limit: 2, page: 2, CancellationToken.None);

        var inIdOrder = sandbox.State().Products.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.That(page.Data.Select(p => p.Id), Is.EqualTo(inIdOrder.Skip(2).Take(2)));
    }
}

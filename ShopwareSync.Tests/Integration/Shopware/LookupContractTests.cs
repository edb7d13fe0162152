using Microsoft.Extensions.DependencyInjection;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Mapping;
using ShopwareSync.Sandbox.Reference;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>Currency, tax and sales channel look-ups, alone and as the worker resolves its catalogue context at start.</summary>
[TestFixture]
public sealed class LookupContractTests
{
    [Test]
    public async Task SearchTaxesAsync_SortedByPosition_ReturnsEveryTaxOfTheShop()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);

        var taxes = await client.Api.SearchTaxesAsync(new SearchCriteria { Limit = 500, Page = 1, Sort = [new SearchSort("position")] }, CancellationToken.None);

        Assert.That(taxes.Data.Select(t => (t.Id, t.TaxRate)),
            Is.EquivalentTo(SandboxReferenceData.Taxes.Select(t => (t.Id, (decimal)t.TaxRate))));
    }

    [Test]
    public async Task SearchCurrenciesAsync_ById_ReturnsTheSystemDefaultCurrency()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);

        var currencies = await client.Api.SearchCurrenciesAsync(new SearchCriteria { Ids = [ShopwareSync.Sandbox.Reference.ShopwareDefaults.Currency] }, CancellationToken.None);

        var currency = currencies.Data.Single();
        Assert.That(currency.IsoCode, Is.EqualTo("EUR"));
        Assert.That(currency.IsSystemDefault, Is.True);
    }

    [Test]
    public async Task SearchSalesChannelsAsync_ById_ReturnsTheStorefront()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);

        var channels = await client.Api.SearchSalesChannelsAsync(new SearchCriteria { Ids = [SandboxServer.SalesChannelId] }, CancellationToken.None);

        Assert.That(channels.Data.Single().Name, Is.EqualTo(SandboxReferenceData.SalesChannels.Single(c => c.Id == SandboxServer.SalesChannelId).Name));
    }

    [TestCase("19", SandboxReferenceData.StandardTaxId)]
    [TestCase("7", SandboxReferenceData.ReducedTaxId)]
    public async Task ResolveAsync_ConfiguredTaxRate_PicksTheShopsTaxOfThatRate(string taxRate, string expectedTaxId)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?> { ["Shopware:TaxRate"] = taxRate });

        var context = await client.Services.GetRequiredService<ShopwareCatalogContextResolver>().ResolveAsync(CancellationToken.None);

        Assert.That(context.TaxId, Is.EqualTo(expectedTaxId));
        Assert.That(context.SalesChannelId, Is.EqualTo(SandboxServer.SalesChannelId));
        Assert.That(context.CurrencyId, Is.EqualTo(ShopwareSync.Sandbox.Reference.ShopwareDefaults.Currency));
    }
}

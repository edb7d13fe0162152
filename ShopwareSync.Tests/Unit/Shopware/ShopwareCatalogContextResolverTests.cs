using Microsoft.Extensions.Options;
using Moq;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Mapping;

namespace ShopwareSync.Tests.Unit.Shopware;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ShopwareCatalogContextResolverTests
{
    private const string SalesChannelId = "98432def39fc4624b33213a56b8c944d";
    private readonly Mock<IShopwareAdminApi> api = new();
    private readonly ShopwareOptions options = TestOptions.Valid();

    public ShopwareCatalogContextResolverTests()
    {
        Taxes(new ShopwareTax { Id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Name = "Standard rate", TaxRate = 19m, Position = 1 });
        Currencies(new ShopwareCurrency { Id = ShopwareDefaults.SystemCurrencyId, IsoCode = "EUR", IsSystemDefault = true });
        api.Setup(a => a.SearchSalesChannelsAsync(It.IsAny<SearchCriteria>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SearchResult<ShopwareSalesChannel> { Total = 1, Data = [new ShopwareSalesChannel { Id = SalesChannelId }] });
    }

    private void Taxes(params ShopwareTax[] taxes) =>
        api.Setup(a => a.SearchTaxesAsync(It.IsAny<SearchCriteria>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SearchResult<ShopwareTax> { Total = taxes.Length, Data = taxes });

    private void Currencies(params ShopwareCurrency[] currencies) =>
        api.Setup(a => a.SearchCurrenciesAsync(It.IsAny<SearchCriteria>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SearchResult<ShopwareCurrency> { Total = currencies.Length, Data = currencies });

    private ShopwareCatalogContextResolver Resolver() => new(api.Object, Options.Create(options));

    [Test]
    public async Task ResolveAsync_ShopMatchesConfiguration_ReturnsTaxCurrencyAndChannel()
    {
        var context = await Resolver().ResolveAsync(CancellationToken.None);

        Assert.That(context, Is.EqualTo(new ShopwareCatalogContext("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 19m, ShopwareDefaults.SystemCurrencyId, SalesChannelId)));
        api.Verify(a => a.SearchTaxesAsync(It.Is<SearchCriteria>(c => c.Limit == 500 && c.Page == 1), It.IsAny<CancellationToken>()));
    }

    [Test]
    public void ResolveAsync_NoTaxWithConfiguredRate_FailsNamingTheRate()
    {
        Taxes(new ShopwareTax { Id = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", Name = "Reduced rate", TaxRate = 7m });

        Assert.That(async () => await Resolver().ResolveAsync(CancellationToken.None),
            Throws.InvalidOperationException.With.Message.Contains("No Shopware tax has rate 19 %"));
    }

    [Test]
    public void ResolveAsync_CurrencyNotSystemDefault_Fails()
    {
        options.CurrencyId = "cccccccccccccccccccccccccccccccc";
        Currencies(new ShopwareCurrency { Id = "cccccccccccccccccccccccccccccccc", IsoCode = "CHF", IsSystemDefault = false });

        Assert.That(async () => await Resolver().ResolveAsync(CancellationToken.None),
            Throws.InvalidOperationException.With.Message.Contains("(CHF) is not the shop's system default currency"));
    }

    [Test]
    public void ResolveAsync_UnknownSalesChannel_FailsNamingTheSetting()
    {
        api.Setup(a => a.SearchSalesChannelsAsync(It.IsAny<SearchCriteria>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SearchResult<ShopwareSalesChannel>());

        Assert.That(async () => await Resolver().ResolveAsync(CancellationToken.None),
            Throws.InvalidOperationException.With.Message.EqualTo($"Shopware:SalesChannelId '{SalesChannelId}' is not a sales channel of this shop."));
    }
}

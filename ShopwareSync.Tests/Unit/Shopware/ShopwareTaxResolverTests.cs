using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Mapping;

namespace ShopwareSync.Tests.Unit.Shopware;

public class ShopwareTaxResolverTests
{
    private static readonly ShopwareTax Standard = new() { Id = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Name = "Standard rate", TaxRate = 19m, Position = 1 };
    private static readonly ShopwareTax Reduced = new() { Id = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", Name = "Reduced rate", TaxRate = 7m, Position = 2 };

    [Test]
    public void Resolve_RateMatches_ReturnsThatTax()
    {
        Assert.That(ShopwareTaxResolver.Resolve([Reduced, Standard], 7m, null), Is.SameAs(Reduced));
    }

    [Test]
    public void Resolve_NoTaxWithRate_ThrowsNamingRateAndAvailableTaxes()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => ShopwareTaxResolver.Resolve([Standard, Reduced], 20m, null));

        Assert.That(exception!.Message, Does.Contain("No Shopware tax has rate 20 % (Shopware:TaxRate)")
            .And.Contain("Standard rate 19 %").And.Contain("Reduced rate 7 %"));
    }

    [Test]
    public void Resolve_NoTaxesAtAll_SaysNone()
    {
        Assert.That(() => ShopwareTaxResolver.Resolve([], 19m, null), Throws.InvalidOperationException.With.Message.Contains("taxes: none"));
    }

    [Test]
    public void Resolve_PinnedTaxWithOtherRate_Throws()
    {
        Assert.That(() => ShopwareTaxResolver.Resolve([Standard, Reduced], 19m, Reduced.Id),
            Throws.InvalidOperationException.With.Message.Contains("has rate 7 %, but Shopware:TaxRate is 19 %"));
    }

    [Test]
    public void Resolve_TwoTaxesWithSameRate_PicksLowestPositionEveryTime()
    {
        var second = Standard with { Id = "cccccccccccccccccccccccccccccccc", Position = 5 };

        Assert.That(ShopwareTaxResolver.Resolve([second, Standard], 19m, null), Is.SameAs(Standard));
    }
}

using ShopwareSync.Core.Shopware.Mapping;

namespace ShopwareSync.Tests.Unit.Shopware;

public class ShopwareIdsTests
{
    [Test]
    public void NameBased_RfcDnsExample_MatchesKnownVersion5Uuid()
    {
        // uuid5(NAMESPACE_DNS, "www.example.com") from RFC 9562 implementations (Python's uuid module agrees).
        var id = ShopwareIds.NameBased(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com");

        Assert.That(id, Is.EqualTo("2ed6657de927568b95e12665a8aea6a2"));
    }

    [Test]
    public void ForProduct_SameNumber_GivesSameShopwareFormattedId()
    {
        var first = ShopwareIds.ForProduct("000123");
        var second = ShopwareIds.ForProduct("000123");

        Assert.That(first, Is.EqualTo(second).And.Match("^[0-9a-f]{32}$"));
    }

    [TestCase("000123", "000124")]
    [TestCase("sku-1", "SKU-1")]
    public void ForProduct_DifferentNumbers_GiveDifferentIds(string a, string b)
    {
        Assert.That(ShopwareIds.ForProduct(a), Is.Not.EqualTo(ShopwareIds.ForProduct(b)));
    }

    [Test]
    public void ForVisibility_DependsOnProductAndSalesChannel()
    {
        var product = ShopwareIds.ForProduct("000123");

        Assert.That(ShopwareIds.ForVisibility(product, "98432def39fc4624b33213a56b8c944d"),
            Is.Not.EqualTo(ShopwareIds.ForVisibility(product, "11111111111111111111111111111111")));
    }
}

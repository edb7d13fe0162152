using System.Text.Json;
using ShopwareSync.Core.Catalog;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Json;
using ShopwareSync.Core.Shopware.Mapping;

namespace ShopwareSync.Tests.Unit.Shopware;

public class ProductPayloadMapperTests
{
    private const string TaxId = "c4b0b3b5e0c84e6cbb1f5a0e6b3a9d21";
    private const string SalesChannelId = "98432def39fc4624b33213a56b8c944d";
    private const string LinkedId = "0189bf2a627a7296adbc83527ba9ac29";

    private static readonly ProductPayloadMapper Mapper =
        new(new ShopwareCatalogContext(TaxId, 19m, ShopwareDefaults.SystemCurrencyId, SalesChannelId));

    private static ProductSourceRow Row(string productNumber = "000123") => new()
    {
        ProductNumber = productNumber,
        Name = "Blue mug",
        Description = "Stoneware, 300 ml",
        GrossPrice = 11.90m,
        Stock = 4,
        ShopArticle = true,
        Published = true,
        LengthMm = 120,
        WeightKg = 0.350m,
    };

    [Test]
    public void ToStockUpdate_PositiveStock_IsIdAndStockOnly()
    {
        var mapped = ProductPayloadMapper.ToStockUpdate(Row() with { Stock = 17 }, LinkedId);

        Assert.That(JsonSerializer.Serialize(mapped.Payload, ShopwareJson.Options), Is.EqualTo($$"""{"id":"{{LinkedId}}","stock":17}"""));
        Assert.That(mapped.Adjustments, Is.Empty);
    }

    [Test]
    public void ToStockUpdate_NegativeStock_ClampsToZeroAndSaysSo()
    {
        var mapped = ProductPayloadMapper.ToStockUpdate(Row() with { Stock = -3 }, LinkedId);

        Assert.That(mapped.Payload.Stock, Is.Zero);
        Assert.That(mapped.Adjustments, Has.One.Contains("stock -3 is negative; sent as 0"));
    }

    [Test]
    public void ToStockUpdate_ZeroStock_SendsZeroWithoutAdjustment()
    {
        var mapped = ProductPayloadMapper.ToStockUpdate(Row() with { Stock = 0 }, LinkedId);

        Assert.That((mapped.Payload.Stock, mapped.Adjustments.Count), Is.EqualTo((0, 0)));
    }

    [Test]
    public void ToStockUpdate_StockBeyondInt_ThrowsPermanentMappingError()
    {
        var row = Row() with { Stock = 3_000_000_000L };

        var exception = Assert.Throws<ProductMappingException>(() => ProductPayloadMapper.ToStockUpdate(row, LinkedId));

        Assert.That((exception!.Field, exception.Message), Is.EqualTo(("stock",
            "Article 000123: stock 3000000000 exceeds Shopware's maximum 2147483647; it is not sent.")));
    }

    [Test]
    public void ToStockUpdate_StockExactlyIntMax_IsSent()
    {
        var mapped = ProductPayloadMapper.ToStockUpdate(Row() with { Stock = int.MaxValue }, LinkedId);

        Assert.That(mapped.Payload.Stock, Is.EqualTo(int.MaxValue));
    }

    [Test]
    public void ToCreate_CompleteRow_BuildsFullProductWithDeterministicIds()
    {
        var payload = Mapper.ToCreate(Row()).Payload;
        var id = ShopwareIds.ForProduct("000123");

        Assert.Multiple(() =>
        {
            Assert.That(payload.Id, Is.EqualTo(id));
            Assert.That(payload.ProductNumber, Is.EqualTo("000123"));
            Assert.That(payload.Name, Is.EqualTo("Blue mug"));
            Assert.That(payload.Description, Is.EqualTo("Stoneware, 300 ml"));
            Assert.That(payload.Stock, Is.EqualTo(4));
            Assert.That(payload.TaxId, Is.EqualTo(TaxId));
            Assert.That(payload.Active, Is.True);
            Assert.That(payload.Price, Is.EqualTo(new[] { new ProductPrice(ShopwareDefaults.SystemCurrencyId, 11.90m, 10.0000m, true) }));
            Assert.That(payload.Visibilities, Is.EqualTo(new[]
            {
                new ProductVisibilityPayload(ShopwareIds.ForVisibility(id, SalesChannelId), SalesChannelId, 30),
            }));
            Assert.That((payload.Length, payload.Weight), Is.EqualTo(((decimal?)120m, (decimal?)0.350m)));
        });
    }

    [Test]
    public void ToCreate_SameNumberWithChangedFields_KeepsId()
    {
        var first = Mapper.ToCreate(Row()).Payload;
        var retried = Mapper.ToCreate(Row() with { Name = "Blue mug, large", GrossPrice = 12.50m }).Payload;

        Assert.That(retried.Id, Is.EqualTo(first.Id));
    }

    [Test]
    public void ToCreate_MissingPrice_ThrowsInsteadOfSendingZero()
    {
        var exception = Assert.Throws<ProductMappingException>(() => Mapper.ToCreate(Row() with { GrossPrice = null }));

        Assert.That(exception!.Field, Is.EqualTo("gross_price"));
        Assert.That(exception.Message, Does.Contain("no selling price"));
    }

    [TestCase("0")]
    [TestCase("-5.00")]
    public void ToCreate_PriceNotPositive_Throws(string price)
    {
        var row = Row() with { GrossPrice = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.That(() => Mapper.ToCreate(row), Throws.TypeOf<ProductMappingException>().With.Property("Field").EqualTo("gross_price"));
    }

    [TestCase("11.90", "19", "11.90", "10.0000")]
    [TestCase("9.99", "19", "9.99", "8.3950")]
    [TestCase("100", "7", "100", "93.4579")]
    [TestCase("5.00", "0", "5.00", "5.00")]
    [TestCase("0.01", "19", "0.01", "0.0084")]
    [TestCase("9999999999.99", "19", "9999999999.99", "8403361344.5294")]
    public void Price_GrossAndRate_NetRoundedToFourDecimals(string gross, string rate, string expectedGross, string expectedNet)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        var price = ProductPayloadMapper.Price(D(gross), D(rate), ShopwareDefaults.SystemCurrencyId);

        Assert.That((price.Gross, price.Net, price.Linked), Is.EqualTo((D(expectedGross), D(expectedNet), true)));
    }

    [Test]
    public void ToCreate_NameLongerThan255_CutsAndSaysSo()
    {
        var mapped = Mapper.ToCreate(Row() with { Name = new string('n', 300) });

        Assert.That(mapped.Payload.Name, Has.Length.EqualTo(255));
        Assert.That(mapped.Adjustments, Has.One.Contains("name has 300 characters; cut to Shopware's 255"));
    }

    [Test]
    public void ToCreate_LongNameWithEmoji_DoesNotSplitSurrogatePair()
    {
        var name = new string('n', 254) + "😀tail";

        var payload = Mapper.ToCreate(Row() with { Name = name }).Payload;

        Assert.That(payload.Name, Does.EndWith("😀"));
        Assert.That(payload.Name!.EnumerateRunes().Count(), Is.EqualTo(255));
    }

    [Test]
    public void ToCreate_NoName_FallsBackToDescriptionThenNumber()
    {
        var fromDescription = Mapper.ToCreate(Row() with { Name = null }).Payload;
        var fromNumber = Mapper.ToCreate(Row() with { Name = null, Description = null }).Payload;

        Assert.That((fromDescription.Name, fromDescription.Description, fromNumber.Name),
            Is.EqualTo(("Stoneware, 300 ml", (string?)null, "000123")));
    }

    [Test]
    public void ToCreate_NullEan_LeavesEanOutOfJson()
    {
        var json = JsonSerializer.Serialize(Mapper.ToCreate(Row() with { Ean = null }).Payload, ShopwareJson.Options);

        Assert.That(json, Does.Not.Contain("\"ean\"").And.Contain("\"productNumber\":\"000123\""));
    }

    [Test]
    public void ToCreate_Ean_IsSent()
    {
        var json = JsonSerializer.Serialize(Mapper.ToCreate(Row() with { Ean = "4006381333931" }).Payload, ShopwareJson.Options);

        Assert.That(json, Does.Contain("\"ean\":\"4006381333931\""));
    }

    [Test]
    public void ToCreate_ProductNumberLongerThan64_Throws()
    {
        Assert.That(() => Mapper.ToCreate(Row(new string('1', 65))),
            Throws.TypeOf<ProductMappingException>().With.Property("Field").EqualTo("product_number"));
    }

    [TestCase(true, false, false)]
    [TestCase(false, true, false)]
    [TestCase(true, true, true)]
    public void ToMetadataUpdate_ShopArticleAndPublished_DecideActive(bool shopArticle, bool published, bool active)
    {
        var payload = Mapper.ToMetadataUpdate(Row() with { ShopArticle = shopArticle, Published = published }, LinkedId).Payload;

        Assert.That(payload.Active, Is.EqualTo(active));
    }

    [Test]
    public void ToMetadataUpdate_LinkedProduct_LeavesStockTaxNumberAndVisibilityAlone()
    {
        var payload = Mapper.ToMetadataUpdate(Row(), LinkedId).Payload;

        Assert.That((payload.Id, payload.Stock, payload.TaxId, payload.ProductNumber, payload.Visibilities),
            Is.EqualTo((LinkedId, (int?)null, (string?)null, (string?)null, (IReadOnlyList<ProductVisibilityPayload>?)null)));
        Assert.That(payload.Price![0].Gross, Is.EqualTo(11.90m));
    }

    [Test]
    public void ToMetadataUpdate_MissingPrice_Throws()
    {
        Assert.That(() => Mapper.ToMetadataUpdate(Row() with { GrossPrice = null }, LinkedId), Throws.TypeOf<ProductMappingException>());
    }
}

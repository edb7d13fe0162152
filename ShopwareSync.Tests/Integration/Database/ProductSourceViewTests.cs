using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Database;

/// <summary>shopware_sync.product_source turns the app's messy columns into what Shopware gets.</summary>
[TestFixture]
public sealed class ProductSourceViewTests : DatabaseTest
{
    private protected override async Task SeedAsync(TestDatabase database) =>
        await database.ExecuteAsync(HostAppStatements.InsertBox, new { BoxId = "B-1", Now });

    [TestCase(19.99f, "19.99")]
    [TestCase(123456.78f, "123456.78")]
    [TestCase(0.05f, "0.05")]
    [TestCase(-5f, "-5.00")]
    [TestCase(null, null)]
    [TestCase(float.NaN, null)]
    [TestCase(float.PositiveInfinity, null)]
    [TestCase(1e12f, null)]
    public async Task GrossPrice_FromReal_RoundsToCentsOrIsNull(float? price, string? expected)
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference("P-1", "Preis", price, "Stk"));

        var grossPrice = await Database.ScalarAsync<decimal?>("SELECT gross_price FROM shopware_sync.product_source");

        Assert.That(grossPrice?.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    [TestCase("yes", true)]
    [TestCase("ja", true)]
    [TestCase(" JA ", true)]
    [TestCase("True", true)]
    [TestCase("1", true)]
    [TestCase("no", false)]
    [TestCase("false", false)]
    [TestCase("0", false)]
    [TestCase("published", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public async Task Published_FromStatusText_FollowsTheAppsNormaliser(string? status, bool expected)
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference("P-1", "Status", 1f, "Stk") with { Published = status });

        Assert.That(await Database.ScalarAsync<bool>("SELECT published FROM shopware_sync.product_source"), Is.EqualTo(expected));
    }

    [TestCase(1, true)]
    [TestCase(0, false)]
    [TestCase(2, false)]
    [TestCase(null, false)]
    public async Task ShopArticle_FromInteger_IsTrueOnlyForOne(int? shopArticle, bool expected)
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference("P-1", "Shop", 1f, "Stk") with { ShopArticle = shopArticle });

        Assert.That(await Database.ScalarAsync<bool>("SELECT shop_article FROM shopware_sync.product_source"), Is.EqualTo(expected));
    }

    [Test]
    public async Task TextColumns_EmptyOrBlank_BecomeNullAndAreTrimmed()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference("P-1", "  Akku  ", 1f, " Stk ") with
        {
            Ean = "   ",
            ShortText = "",
            Manufacturer = " Bosch ",
            LongText = null,
        });

        var row = (await Database.QueryAsync<(string? Name, string? Description, string? Manufacturer, string? Ean, string? LongText, string? Unit)>(
            "SELECT name, description, manufacturer, ean, long_text, unit FROM shopware_sync.product_source")).Single();

        Assert.That(row, Is.EqualTo(("Akku", (string?)null, "Bosch", (string?)null, (string?)null, "Stk")));
    }

    [Test]
    public async Task Stock_SumsItemsWithNullAsZero_AndIsZeroWithoutItems()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, new[] { Reference("P-1", "Mit", 1f, "Stk"), Reference("P-2", "Ohne", 1f, "Stk") });
        await Database.ExecuteAsync(HostAppStatements.UpsertInstance, new[] { Instance("I-1", "P-1", 1), Instance("I-2", "P-1", null), Instance("I-3", "P-1", 2) });

        var rows = await Database.QueryAsync<(string ProductNumber, long Stock, int ItemRows)>(
            "SELECT product_number, stock, item_rows FROM shopware_sync.product_source ORDER BY product_number");

        Assert.That(rows, Is.EqualTo(new[] { ("P-1", 3L, 3), ("P-2", 0L, 0) }));
    }

    [Test]
    public async Task WeightAndDimensions_AreCarriedAndWeightIsRoundedToGrams()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, Reference("P-1", "Maße", 1f, "Stk") with { WeightKg = 1.2345f, LengthMm = 300, WidthMm = null });

        var row = (await Database.QueryAsync<(decimal? WeightKg, int? LengthMm, int? WidthMm, int? HeightMm)>(
            "SELECT weight_kg, length_mm, width_mm, height_mm FROM shopware_sync.product_source")).Single();

        Assert.That(row, Is.EqualTo(((decimal?)1.235m, (int?)300, (int?)null, (int?)20)));
    }

    [Test]
    public async Task ShopwareIds_ComeFromTheMapping_AndTheAppsColumnIsOnlyANormalizedHint()
    {
        await Database.ExecuteAsync(HostAppStatements.UpsertReference, new[]
        {
            Reference("P-1", "Verknüpft", 1f, "Stk") with { ShopwareProductId = "0190A1B2-C3D4-E5F6-0718-293A4B5C6D7E" },
            Reference("P-2", "Kaputt", 1f, "Stk") with { ShopwareProductId = "not-an-id" },
        });
        await Database.ExecuteAsync(
            "INSERT INTO shopware_sync.product_map (product_number, shopware_product_id, linked_by) VALUES ('P-2', 'ffffffffffffffffffffffffffffffff', 'search')");

        var rows = await Database.QueryAsync<(string ProductNumber, string? Mapped, string? Hint)>(
            "SELECT product_number, shopware_product_id, app_shopware_product_id FROM shopware_sync.product_source ORDER BY product_number");

        Assert.That(rows, Is.EqualTo(new[]
        {
            ("P-1", (string?)null, (string?)"0190a1b2c3d4e5f60718293a4b5c6d7e"),
            ("P-2", (string?)"ffffffffffffffffffffffffffffffff", (string?)null),
        }));
    }
}

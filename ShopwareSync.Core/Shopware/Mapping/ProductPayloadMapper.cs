using System.Globalization;
using System.Text;
using ShopwareSync.Core.Catalog;
using ShopwareSync.Core.Shopware.Api;

namespace ShopwareSync.Core.Shopware.Mapping;

/// <summary>
/// Turns an inventory row into Shopware payloads: a stock update, a full create, a metadata and price update.
/// Rows that cannot become a valid product (no price, stock beyond Shopware's int) raise a
/// <see cref="ProductMappingException"/>; small repairs (negative stock, over-long name) are listed as adjustments.
/// Field choices follow the app's own sync (name fallback, description, net rounding) so the two do not flip values.
/// </summary>
public sealed class ProductPayloadMapper(ShopwareCatalogContext context)
{
    /// <summary>The partial upsert <c>{id, stock}</c> for a linked product.</summary>
    public static MappedPayload<ProductStockUpdate> ToStockUpdate(ProductSourceRow row, string shopwareProductId)
    {
        ArgumentNullException.ThrowIfNull(row);
        var adjustments = new List<string>();
        return new MappedPayload<ProductStockUpdate>(new ProductStockUpdate(shopwareProductId, MapStock(row, adjustments)), adjustments);
    }

    /// <summary>A complete new product with a deterministic id, price, tax and visibility.</summary>
    public MappedPayload<ProductPayload> ToCreate(ProductSourceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var adjustments = new List<string>();
        var productNumber = MapProductNumber(row);
        var id = ShopwareIds.ForProduct(productNumber);
        var payload = MapMetadata(row, id, adjustments) with
        {
            ProductNumber = productNumber,
            Stock = MapStock(row, adjustments),
            TaxId = context.TaxId,
            Visibilities =
            [
                new ProductVisibilityPayload(
                    ShopwareIds.ForVisibility(id, context.SalesChannelId), context.SalesChannelId, ShopwareDefaults.VisibilityAll),
            ],
        };
        return new MappedPayload<ProductPayload>(payload, adjustments);
    }

    /// <summary>Name, description, price, EAN, dimensions and active flag of a linked product; stock and tax untouched.</summary>
    public MappedPayload<ProductPayload> ToMetadataUpdate(ProductSourceRow row, string shopwareProductId)
    {
        ArgumentNullException.ThrowIfNull(row);
        var adjustments = new List<string>();
        return new MappedPayload<ProductPayload>(MapMetadata(row, shopwareProductId, adjustments), adjustments);
    }

    /// <summary>Net from gross: gross / (1 + rate / 100), to 4 decimals like the app's sync; gross to cents.</summary>
    public static ProductPrice Price(decimal gross, decimal taxRate, string currencyId)
    {
        var roundedGross = Math.Round(gross, 2, MidpointRounding.AwayFromZero);
        var net = taxRate == 0 ? roundedGross : Math.Round(roundedGross / (1 + taxRate / 100m), 4, MidpointRounding.AwayFromZero);
        return new ProductPrice(currencyId, roundedGross, net, Linked: true);
    }

    private ProductPayload MapMetadata(ProductSourceRow row, string id, List<string> adjustments)
    {
        var name = MapName(row, adjustments);
        var description = row.Description is { } d && d != name ? d : null;
        return new ProductPayload
        {
            Id = id,
            Name = name,
            Description = description,
            Active = row.ShopArticle && row.Published,
            Price = [Price(MapGrossPrice(row), context.TaxRate, context.CurrencyId)],
            Ean = row.Ean,
            Length = row.LengthMm,
            Width = row.WidthMm,
            Height = row.HeightMm,
            Weight = row.WeightKg,
        };
    }

    private static string MapProductNumber(ProductSourceRow row)
    {
        if (string.IsNullOrWhiteSpace(row.ProductNumber))
            throw new ProductMappingException(row.ProductNumber ?? "", "product_number", "has no product number.");
        if (row.ProductNumber.Length > ShopwareDefaults.MaxProductNumberLength)
        {
            throw new ProductMappingException(row.ProductNumber, "product_number", string.Create(CultureInfo.InvariantCulture,
                $"product number has {row.ProductNumber.Length} characters; Shopware allows {ShopwareDefaults.MaxProductNumberLength}."));
        }

        return row.ProductNumber;
    }

    private static decimal MapGrossPrice(ProductSourceRow row) => row.GrossPrice switch
    {
        null => throw new ProductMappingException(row.ProductNumber, "gross_price",
            "has no selling price (Verkaufspreis); it is not sent, because 0.00 would sell it for nothing."),
        <= 0 and var price => throw new ProductMappingException(row.ProductNumber, "gross_price", string.Create(CultureInfo.InvariantCulture,
            $"selling price {price:0.00} is not positive; it is not sent.")),
        { } price => price,
    };

    private static int MapStock(ProductSourceRow row, List<string> adjustments)
    {
        if (row.Stock > int.MaxValue)
        {
            // Capping would advertise two billion pieces; this is a data error to fix at the source.
            throw new ProductMappingException(row.ProductNumber, "stock", string.Create(CultureInfo.InvariantCulture,
                $"stock {row.Stock} exceeds Shopware's maximum {int.MaxValue}; it is not sent."));
        }

        if (row.Stock < 0)
        {
            adjustments.Add(string.Create(CultureInfo.InvariantCulture, $"stock {row.Stock} is negative; sent as 0."));
            return 0;
        }

        return (int)row.Stock;
    }

    private static string MapName(ProductSourceRow row, List<string> adjustments)
    {
        var name = FirstNonBlank(row.Name, row.Description, row.ProductNumber)!.Trim();
        if (name.EnumerateRunes().Count() <= ShopwareDefaults.MaxProductNameLength)
            return name;

        var builder = new StringBuilder();
        foreach (var rune in name.EnumerateRunes().Take(ShopwareDefaults.MaxProductNameLength))
            builder.Append(rune.ToString());
        adjustments.Add(string.Create(CultureInfo.InvariantCulture,
            $"name has {name.EnumerateRunes().Count()} characters; cut to Shopware's {ShopwareDefaults.MaxProductNameLength}."));
        return builder.ToString();
    }

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}

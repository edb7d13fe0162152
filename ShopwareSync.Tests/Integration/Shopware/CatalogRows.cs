using Microsoft.Extensions.DependencyInjection;
using ShopwareSync.Core.Catalog;
using ShopwareSync.Core.Shopware.Mapping;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>Inventory rows and a mapper whose catalogue context the client resolved from the sandbox.</summary>
internal static class CatalogRows
{
    public static ProductSourceRow Row(string productNumber, long stock, decimal grossPrice = 23.80m, string? name = null) => new()
    {
        ProductNumber = productNumber,
        Name = name ?? $"Article {productNumber}",
        GrossPrice = grossPrice,
        Stock = stock,
        ShopArticle = true,
        Published = true,
        Ean = "4006381333931",
        LengthMm = 120,
        WidthMm = 80,
        HeightMm = 40,
        WeightKg = 0.35m,
    };

    /// <summary>A mapper for the tax, currency and sales channel the client looked up in the shop, as the worker does at start.</summary>
    public static async Task<ProductPayloadMapper> MapperAsync(this ComposedClient client)
    {
        var context = await client.Services.GetRequiredService<ShopwareCatalogContextResolver>().ResolveAsync(CancellationToken.None);
        return new ProductPayloadMapper(context);
    }
}

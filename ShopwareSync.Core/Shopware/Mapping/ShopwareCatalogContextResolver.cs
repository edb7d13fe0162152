using Microsoft.Extensions.Options;
using ShopwareSync.Core.Shopware.Api;

namespace ShopwareSync.Core.Shopware.Mapping;

/// <summary>
/// Reads from the shop what product payloads need and checks the configuration against it, once at start: the
/// tax for Shopware:TaxRate, that Shopware:CurrencyId is the system default currency and that
/// Shopware:SalesChannelId exists. A mismatch fails with the setting's name instead of 400s on every write.
/// </summary>
public sealed class ShopwareCatalogContextResolver(IShopwareAdminApi api, IOptions<ShopwareOptions> options)
{
    public async Task<ShopwareCatalogContext> ResolveAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SalesChannelId))
            throw new InvalidOperationException("Shopware:SalesChannelId (Shopware__SalesChannelId) is required to create products.");

        var taxes = await api.SearchTaxesAsync(
            new SearchCriteria { Limit = ShopwareDefaults.MaxBatchSize, Page = 1, Sort = [new SearchSort("position"), new SearchSort("id")] },
            cancellationToken);
        var tax = ShopwareTaxResolver.Resolve(taxes.Data, settings.TaxRate, settings.TaxId);

        var currencies = await api.SearchCurrenciesAsync(new SearchCriteria { Ids = [settings.CurrencyId] }, cancellationToken);
        var currency = currencies.Data.FirstOrDefault(c => c.Id == settings.CurrencyId)
            ?? throw new InvalidOperationException($"Shopware:CurrencyId '{settings.CurrencyId}' is not a currency of this shop.");
        if (currency.IsSystemDefault == false)
        {
            throw new InvalidOperationException(
                $"Shopware:CurrencyId '{settings.CurrencyId}' ({currency.IsoCode}) is not the shop's system default currency; " +
                "Shopware rejects a price list without it.");
        }

        var channels = await api.SearchSalesChannelsAsync(new SearchCriteria { Ids = [settings.SalesChannelId] }, cancellationToken);
        if (!channels.Data.Any(c => c.Id == settings.SalesChannelId))
            throw new InvalidOperationException($"Shopware:SalesChannelId '{settings.SalesChannelId}' is not a sales channel of this shop.");

        return new ShopwareCatalogContext(tax.Id, tax.TaxRate, settings.CurrencyId, settings.SalesChannelId);
    }
}

using System.Globalization;
using ShopwareSync.Core.Shopware.Api;

namespace ShopwareSync.Core.Shopware.Mapping;

/// <summary>
/// Picks the Shopware tax matching the configured rate (Shopware:TaxRate), or checks the pinned one
/// (Shopware:TaxId). Without a match no product can be written with a correct net price, so it fails loudly.
/// </summary>
public static class ShopwareTaxResolver
{
    public static ShopwareTax Resolve(IReadOnlyList<ShopwareTax> taxes, decimal taxRate, string? pinnedTaxId)
    {
        ArgumentNullException.ThrowIfNull(taxes);
        var available = string.Join(", ", taxes.Select(t => $"{t.Name} {t.TaxRate.ToString("0.##", CultureInfo.InvariantCulture)} %"));
        if (!string.IsNullOrWhiteSpace(pinnedTaxId))
        {
            var pinned = taxes.FirstOrDefault(t => t.Id == pinnedTaxId)
                ?? throw new InvalidOperationException($"Shopware:TaxId '{pinnedTaxId}' is not a tax of this shop; taxes: {available}.");
            if (pinned.TaxRate != taxRate)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Shopware:TaxId '{pinnedTaxId}' has rate {pinned.TaxRate} %, but Shopware:TaxRate is {taxRate} %; net prices would be wrong."));
            }

            return pinned;
        }

        // Several taxes with one rate: the first by position, then id, so every run picks the same one.
        return taxes.Where(t => t.TaxRate == taxRate).OrderBy(t => t.Position ?? int.MaxValue).ThenBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"No Shopware tax has rate {taxRate} % (Shopware:TaxRate); taxes: {(available.Length == 0 ? "none" : available)}. Create that tax in Shopware or set Shopware:TaxRate to one of them."));
    }
}

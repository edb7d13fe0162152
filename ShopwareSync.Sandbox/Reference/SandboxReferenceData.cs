namespace ShopwareSync.Sandbox.Reference;

/// <summary>
/// The look-ups a product creation needs, seeded as a fresh Shopware install has them: EUR as the
/// system currency, the standard (19 %) and reduced (7 %) tax rates and one storefront sales channel.
/// They never change, so tests may hard-code these ids.
/// </summary>
public static class SandboxReferenceData
{
    public const string StandardTaxId = "f3d0a6b5c1e94a2b8d7c6e5f4a3b2c19";
    public const string ReducedTaxId = "f3d0a6b5c1e94a2b8d7c6e5f4a3b2c07";
    public const string StorefrontSalesChannelId = "98432def39fc4624b33213a56b8c944d";

    public static IReadOnlyList<SandboxCurrency> Currencies { get; } =
    [
        new(ShopwareDefaults.Currency, "EUR", "Euro", "EUR", "€", 1.0, IsSystemDefault: true),
    ];

    public static IReadOnlyList<SandboxTax> Taxes { get; } =
    [
        new(StandardTaxId, "Standard rate", 19.0, 1),
        new(ReducedTaxId, "Reduced rate", 7.0, 2),
    ];

    public static IReadOnlyList<SandboxSalesChannel> SalesChannels { get; } =
    [
        new(StorefrontSalesChannelId, "Storefront", ShopwareDefaults.StorefrontSalesChannelType,
            "SWSCSANDBOXSTOREFRONT00000", Active: true, ShopwareDefaults.Currency),
    ];
}

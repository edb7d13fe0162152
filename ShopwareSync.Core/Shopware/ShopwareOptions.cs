using System.Globalization;
using Microsoft.Extensions.Options;

namespace ShopwareSync.Core.Shopware;

/// <summary>
/// Where the shop is, how ShopwareSync signs in, and what it may do there. Section <c>Shopware</c>;
/// environment variables <c>Shopware__BaseUrl</c>, <c>Shopware__ClientId</c>, … (see docs/setup.md).
/// </summary>
public sealed class ShopwareOptions
{
    public const string SectionName = "Shopware";

    /// <summary>Shop root URL, e.g. https://shop.example.com (the client appends /api/…).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Integration "Access key ID" (SWIA…), used with <see cref="ClientSecret"/> (client_credentials grant).</summary>
    public string? ClientId { get; set; }

    /// <summary>Integration "Secret access key".</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Admin user name for the password grant, the alternative to an integration.</summary>
    public string? Username { get; set; }

    /// <summary>Admin user password for the password grant.</summary>
    public string? Password { get; set; }

    /// <summary>Id of the storefront sales channel new products become visible in (32 hex digits).</summary>
    public string? SalesChannelId { get; set; }

    /// <summary>Id of the currency prices are written in; Shopware requires a price in its system default currency.</summary>
    public string CurrencyId { get; set; } = ShopwareDefaults.SystemCurrencyId;

    /// <summary>Tax rate in percent the inventory's gross prices include; net = gross / (1 + rate / 100).</summary>
    [SettingRange("Shopware:TaxRate", typeof(decimal), "0", "100")]
    public decimal TaxRate { get; set; } = ShopwareDefaults.TaxRate;

    /// <summary>Optional: the Shopware tax to use; its rate must equal <see cref="TaxRate"/>. Unset: the tax with that rate.</summary>
    public string? TaxId { get; set; }

    /// <summary>Timeout of one HTTP attempt (the app's SHOPWARE_REQUEST_TIMEOUT_MS).</summary>
    [SettingRange("Shopware:RequestTimeout", typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = ShopwareDefaults.RequestTimeout;

    /// <summary>Records per sync request. Shopware's own import tool sends at most 500.</summary>
    [SettingRange("Shopware:BatchSize", 1, ShopwareDefaults.MaxBatchSize)]
    public int BatchSize { get; set; } = ShopwareDefaults.BatchSize;

    public ShopwareFeatureOptions Features { get; set; } = new();

    [ValidateObjectMembers]
    public ShopwareResilienceOptions Resilience { get; set; } = new();

    /// <summary>Which grant the configured credentials select; <see cref="ShopwareGrant.None"/> when incomplete.</summary>
    public ShopwareGrant Grant =>
        HasValue(ClientId) && HasValue(ClientSecret) ? ShopwareGrant.ClientCredentials
        : HasValue(Username) && HasValue(Password) ? ShopwareGrant.Password
        : ShopwareGrant.None;

    // Secrets never leave through ToString (logs, exception messages, debugger displays).
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{nameof(ShopwareOptions)} {{ BaseUrl = {BaseUrl}, Grant = {Grant}, ClientId = {ClientId}, Username = {Username}, " +
        $"ClientSecret = {Mask(ClientSecret)}, Password = {Mask(Password)}, SalesChannelId = {SalesChannelId}, " +
        $"CurrencyId = {CurrencyId}, TaxRate = {TaxRate}, TaxId = {TaxId}, RequestTimeout = {RequestTimeout}, BatchSize = {BatchSize}, " +
        $"Features = {Features}, Resilience = {Resilience} }}");

    private static bool HasValue(string? value) => !string.IsNullOrWhiteSpace(value);

    private static string Mask(string? secret) => HasValue(secret) ? "***" : "(unset)";
}

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ShopwareSync.Core.Shopware;

/// <summary>
/// Rules that span settings or need the value in the message. Messages name the setting (and its environment
/// variable) and the offending value, except for secrets, whose values never appear.
/// </summary>
public sealed partial class ShopwareOptionsValidator : IValidateOptions<ShopwareOptions>
{
    public ValidateOptionsResult Validate(string? name, ShopwareOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var enabled = options.Features.Enabled;

        ValidateBaseUrl(options.BaseUrl, enabled, failures);
        ValidateCredentials(options, enabled, failures);
        ValidateId("SalesChannelId", options.SalesChannelId, required: false, failures);
        ValidateId("CurrencyId", options.CurrencyId, required: true, failures);
        ValidateId("TaxId", options.TaxId, required: false, failures);
        if (options.Features.CatalogWritesActive && string.IsNullOrWhiteSpace(options.SalesChannelId))
        {
            failures.Add("Shopware:SalesChannelId (Shopware__SalesChannelId) is required when Shopware:Features:CatalogWrites is on: " +
                         "new products are made visible in that sales channel.");
        }

        var resilience = options.Resilience;
        if (resilience.RetryMaxDelay < resilience.RetryBaseDelay)
        {
            failures.Add(Invariant(
                $"Shopware:Resilience:RetryMaxDelay ({resilience.RetryMaxDelay}) must not be shorter than Shopware:Resilience:RetryBaseDelay ({resilience.RetryBaseDelay})."));
        }

        if (resilience.TotalTimeout < options.RequestTimeout)
        {
            failures.Add(Invariant(
                $"Shopware:Resilience:TotalTimeout ({resilience.TotalTimeout}) must not be shorter than Shopware:RequestTimeout ({options.RequestTimeout}), or no attempt could finish."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateBaseUrl(string? baseUrl, bool enabled, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            if (enabled)
                failures.Add("Shopware:BaseUrl (Shopware__BaseUrl) is required when Shopware:Features:Enabled is on.");
            return;
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Shopware:BaseUrl (Shopware__BaseUrl) must be an absolute http or https URL; got '{baseUrl}'.");
            return;
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            failures.Add($"Shopware:BaseUrl (Shopware__BaseUrl) must not carry a query, fragment or user info; got '{uri.GetLeftPart(UriPartial.Path)}…'.");
    }

    private static void ValidateCredentials(ShopwareOptions options, bool enabled, List<string> failures)
    {
        var clientPartial = IsPartial(options.ClientId, options.ClientSecret);
        var userPartial = IsPartial(options.Username, options.Password);
        if (clientPartial)
        {
            failures.Add(string.IsNullOrWhiteSpace(options.ClientId)
                ? "Shopware:ClientId (Shopware__ClientId) is required when Shopware:ClientSecret is set."
                : $"Shopware:ClientSecret (Shopware__ClientSecret) is required when Shopware:ClientId is set (ClientId '{options.ClientId}').");
        }

        if (userPartial)
        {
            failures.Add(string.IsNullOrWhiteSpace(options.Username)
                ? "Shopware:Username (Shopware__Username) is required when Shopware:Password is set."
                : $"Shopware:Password (Shopware__Password) is required when Shopware:Username is set (Username '{options.Username}').");
        }

        var clientComplete = IsComplete(options.ClientId, options.ClientSecret);
        var userComplete = IsComplete(options.Username, options.Password);
        if (clientComplete && userComplete)
        {
            failures.Add("Configure one way to sign in, not both: Shopware:ClientId/Shopware:ClientSecret (integration) " +
                         "or Shopware:Username/Shopware:Password (admin user).");
        }
        else if (enabled && !clientComplete && !userComplete && !clientPartial && !userPartial)
        {
            failures.Add("Shopware:ClientId and Shopware:ClientSecret (Shopware__ClientId, Shopware__ClientSecret; an integration's access key) " +
                         "or Shopware:Username and Shopware:Password are required when Shopware:Features:Enabled is on.");
        }

        // Shopware picks the credential table by the key's prefix; any other prefix is a 500 or 401 at sign-in.
        if (!string.IsNullOrWhiteSpace(options.ClientId) && !AccessKeyPattern().IsMatch(options.ClientId))
        {
            failures.Add($"Shopware:ClientId (Shopware__ClientId) must be an integration or user access key id starting with SWIA or SWUA; got '{options.ClientId}'.");
        }
    }

    // An optional id left empty (Shopware__TaxId= in a .env file) counts as unset.
    private static void ValidateId(string setting, string? value, bool required, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
                failures.Add($"Shopware:{setting} (Shopware__{setting}) is required.");
            return;
        }

        if (!ShopwareIdPattern().IsMatch(value))
            failures.Add($"Shopware:{setting} (Shopware__{setting}) must be 32 lower-case hex digits without dashes; got '{value}'.");
    }

    private static bool IsComplete(string? a, string? b) => !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b);

    private static bool IsPartial(string? a, string? b) => string.IsNullOrWhiteSpace(a) != string.IsNullOrWhiteSpace(b);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex ShopwareIdPattern();

    [GeneratedRegex("^SW(IA|UA)\\S+$")]
    private static partial Regex AccessKeyPattern();
}

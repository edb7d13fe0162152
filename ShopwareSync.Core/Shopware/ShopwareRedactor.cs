using System.Text.RegularExpressions;

namespace ShopwareSync.Core.Shopware;

/// <summary>
/// Scrubs credentials and tokens from text that leaves ShopwareSync (log properties, exception messages): bearer
/// tokens, and the values of access_token, refresh_token, client_secret, password and Authorization in JSON,
/// form or header form. Also caps the length, since the text may be a whole HTML page.
/// </summary>
public static partial class ShopwareRedactor
{
    public const string Mask = "***";

    public static string Redact(string? text, int maxLength = ShopwareDefaults.MaxErrorTextLength)
    {
        if (string.IsNullOrEmpty(text))
            return "";

        var redacted = JsonSecret().Replace(text, m => $"{m.Groups["key"].Value}{Mask}\"");
        redacted = FormSecret().Replace(redacted, m => $"{m.Groups["key"].Value}{Mask}");
        redacted = Bearer().Replace(redacted, $"Bearer {Mask}");
        redacted = Whitespace().Replace(redacted, " ").Trim();
        return redacted.Length <= maxLength ? redacted : string.Concat(redacted.AsSpan(0, maxLength), "…");
    }

    // "access_token": "…"  (also with escaped quotes inside, up to the closing quote)
    [GeneratedRegex("""(?<key>"(?:access_token|refresh_token|client_secret|password|authorization)"\s*:\s*")(?:[^"\\]|\\.)*"?""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonSecret();

    // access_token=…  client_secret: …  Authorization: Basic …
    [GeneratedRegex("""(?<key>\b(?:access_token|refresh_token|client_secret|password|authorization)\s*[=:]\s*)(?!")[^\s&,;"]+(?:\s+(?!Bearer\b)[A-Za-z0-9\-._~+/]+=*)?""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormSecret();

    [GeneratedRegex(@"\bBearer\s+[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

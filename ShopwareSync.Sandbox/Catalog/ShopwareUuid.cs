using System.Text.RegularExpressions;

namespace ShopwareSync.Sandbox.Catalog;

/// <summary>Shopware ids: 32 lower-case hex characters, no dashes; new ones are UUIDv7 (admin-api.md 8).</summary>
public static partial class ShopwareUuid
{
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public static string NewId(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
    }

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

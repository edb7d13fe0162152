using System.Security.Cryptography;
using System.Text;

namespace ShopwareSync.Core.Shopware.Mapping;

/// <summary>
/// Ids ShopwareSync chooses for what it creates: name-based UUIDs (version 5, RFC 9562) in Shopware's format,
/// 32 lower-case hex digits. The same product number always gives the same id, so a create repeated after an
/// unknown outcome updates the product it created instead of adding a second one.
/// </summary>
public static class ShopwareIds
{
    /// <summary>ShopwareSync's UUID namespace. Changing it would orphan every product created so far.</summary>
    public static readonly Guid Namespace = new("a487c776-1045-48ef-99a9-e9ea187322aa");

    /// <summary>
    /// Id of the product with this exact product number. Case matters on purpose: Shopware compares numbers
    /// case-insensitively, so two articles differing only in case get a duplicate-number error instead of one
    /// silently overwriting the other.
    /// </summary>
    public static string ForProduct(string productNumber)
    {
        ArgumentException.ThrowIfNullOrEmpty(productNumber);
        return NameBased(Namespace, "product:" + productNumber);
    }

    /// <summary>Id of a product's visibility in a sales channel; a repeat is an update, not a unique-key 500.</summary>
    public static string ForVisibility(string productId, string salesChannelId) =>
        NameBased(Namespace, $"product_visibility:{productId}:{salesChannelId}");

    /// <summary>A version-5 UUID of <paramref name="name"/> (UTF-8) in <paramref name="namespaceId"/>, as 32 lower-case hex digits.</summary>
    public static string NameBased(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        // SHA-1 is what version 5 prescribes; it names, it does not protect anything.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var uuid = hash.AsSpan(0, 16);
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return Convert.ToHexStringLower(uuid);
    }
}

using System.Globalization;

namespace ShopwareSync.Core.Shopware.Errors;

/// <summary>
/// A parsed error pointer. Sync writes point at <c>/operation-key/record-index/field</c>; Shopware's resolver errors
/// omit the leading slash (<c>s/0/id</c>), an invalid primary key drops the key (<c>/3/id</c>), and write-protected
/// fields repeat the field name, so parsing is tolerant and the field is kept as Shopware sent it.
/// </summary>
public sealed record ShopwarePointer(string Raw, string? OperationKey, int? RecordIndex, string? Field)
{
    public static ShopwarePointer? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;

        var segments = text.Trim().Trim('/').Split('/');
        if (segments.Length >= 2 && TryIndex(segments[1], out var index))
            return new ShopwarePointer(text, segments[0], index, Join(segments, 2));
        if (TryIndex(segments[0], out index))
            return new ShopwarePointer(text, null, index, Join(segments, 1));
        return new ShopwarePointer(text, null, null, Join(segments, 0));
    }

    private static bool TryIndex(string segment, out int index) =>
        int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index);

    private static string? Join(string[] segments, int from) =>
        from < segments.Length ? string.Join('/', segments[from..]) : null;
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// Compares a stored value with a criteria value by the field's kind. Text compares case-insensitively,
/// as MySQL's <c>utf8mb4_unicode_ci</c> collation does (admin-api.md 10.4); numbers accept numeric
/// strings, as PHP binds them to SQL unchanged (admin-api.md 4.1).
/// </summary>
public static class FieldValueComparer
{
    /// <summary>Negative, zero or positive; null when the two cannot be compared (a null on either side).</summary>
    public static int? Compare(FieldKind kind, JsonNode? stored, JsonNode? wanted)
    {
        if (stored is null || wanted is null)
            return null;
        switch (kind)
        {
            case FieldKind.WholeNumber:
            case FieldKind.Number:
                return AsNumber(stored) is { } a && AsNumber(wanted) is { } b ? a.CompareTo(b) : null;
            case FieldKind.Bool:
                return AsBool(stored) is { } x && AsBool(wanted) is { } y ? x.CompareTo(y) : null;
            case FieldKind.Date:
                return AsDate(stored) is { } d1 && AsDate(wanted) is { } d2 ? d1.CompareTo(d2) : null;
            case FieldKind.Id:
                return string.CompareOrdinal(AsText(stored), AsText(wanted));
            case FieldKind.Json when AsNumber(stored) is { } n1 && AsNumber(wanted) is { } n2:
                return n1.CompareTo(n2);
            default:
                return string.Compare(AsText(stored), AsText(wanted), StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Sort order: nulls first ascending, as MySQL sorts them.</summary>
    public static int CompareForSort(FieldKind kind, JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        return Compare(kind, left, right) ?? 0;
    }

    public static string AsText(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node.ToJsonString();
    }

    private static double? AsNumber(JsonNode node) =>
        double.TryParse(AsText(node), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static bool? AsBool(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => AsText(node) switch
        {
            "1" or "true" => true,
            "0" or "false" => false,
            _ => null,
        },
    };

    private static DateTimeOffset? AsDate(JsonNode node) =>
        DateTimeOffset.TryParse(AsText(node), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}

using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary><c>equals</c> (one value, possibly null) and <c>equalsAny</c>: any reached value equals any wanted value.</summary>
public sealed record EqualsAnyFilter(string Field, FieldKind Kind, IReadOnlyList<JsonNode?> Values) : SearchFilter
{
    public override bool Matches(JsonObject document)
    {
        var stored = DocumentPath.ValuesAt(document, Field);
        if (stored.Count == 0)
            stored = [null];
        return stored.Any(value => Values.Any(wanted => wanted is null ? value is null : FieldValueComparer.Compare(Kind, value, wanted) == 0));
    }
}

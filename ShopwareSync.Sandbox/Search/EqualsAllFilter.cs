using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary><c>equalsAll</c>: every wanted value is among the reached values (AND of equals).</summary>
public sealed record EqualsAllFilter(string Field, FieldKind Kind, IReadOnlyList<JsonNode?> Values) : SearchFilter
{
    public override bool Matches(JsonObject document)
    {
        var stored = DocumentPath.ValuesAt(document, Field);
        return Values.All(wanted => stored.Any(value => FieldValueComparer.Compare(Kind, value, wanted) == 0));
    }
}

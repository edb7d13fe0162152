using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary><c>contains</c>, <c>prefix</c>, <c>suffix</c>: SQL LIKE, case-insensitive under Shopware's collation.</summary>
public sealed record TextMatchFilter(string Field, string Type, string Value) : SearchFilter
{
    public override bool Matches(JsonObject document) =>
        DocumentPath.ValuesAt(document, Field).Any(node => node is not null && Type switch
        {
            "prefix" => FieldValueComparer.AsText(node).StartsWith(Value, StringComparison.OrdinalIgnoreCase),
            "suffix" => FieldValueComparer.AsText(node).EndsWith(Value, StringComparison.OrdinalIgnoreCase),
            _ => FieldValueComparer.AsText(node).Contains(Value, StringComparison.OrdinalIgnoreCase),
        });
}

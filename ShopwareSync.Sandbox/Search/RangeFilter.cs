using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary><c>range</c> with the parameters <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c> (admin-api.md 4.1).</summary>
public sealed record RangeFilter(string Field, FieldKind Kind, IReadOnlyDictionary<string, JsonNode?> Bounds) : SearchFilter
{
    public override bool Matches(JsonObject document) =>
        DocumentPath.ValuesAt(document, Field).Any(value => Bounds.All(bound =>
        {
            var comparison = FieldValueComparer.Compare(Kind, value, bound.Value);
            return comparison is { } c && bound.Key switch
            {
                "gt" => c > 0,
                "gte" => c >= 0,
                "lt" => c < 0,
                _ => c <= 0,
            };
        }));
}

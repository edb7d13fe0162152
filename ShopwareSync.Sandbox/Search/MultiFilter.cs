using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary><c>multi</c>/<c>and</c>/<c>or</c> and, negated, <c>not</c>/<c>nand</c>/<c>nor</c>.</summary>
public sealed record MultiFilter(bool IsOr, bool Negated, IReadOnlyList<SearchFilter> Queries) : SearchFilter
{
    public override bool Matches(JsonObject document)
    {
        var result = IsOr ? Queries.Any(query => query.Matches(document)) : Queries.All(query => query.Matches(document));
        return Negated ? !result : result;
    }
}

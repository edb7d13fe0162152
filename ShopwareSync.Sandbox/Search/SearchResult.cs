using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary>The rows of one page and the <c>total</c> the count mode asks for.</summary>
public sealed record SearchResult(int Total, IReadOnlyList<JsonObject> Rows);

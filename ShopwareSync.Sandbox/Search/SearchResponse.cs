using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// A search answer for <c>Accept: application/json</c> (admin-api.md 4.3). The sandbox computes no
/// aggregations, so <see cref="Aggregations"/> is PHP's empty map, <c>[]</c>.
/// </summary>
public sealed record SearchResponse(int Total, JsonArray Data, JsonArray Aggregations);

using System.Text.Json;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>
/// Plain-JSON answer of a search (<c>Accept: application/json</c>). <see cref="Total"/> depends on
/// total-count-mode: with <c>none</c> it is the number of rows in this page.
/// </summary>
public sealed record SearchResult<T>
{
    public int Total { get; init; }

    public IReadOnlyList<T> Data { get; init; } = [];

    public JsonElement? Aggregations { get; init; }
}

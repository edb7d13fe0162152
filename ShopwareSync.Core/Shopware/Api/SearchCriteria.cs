using System.Text.Json.Serialization;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>
/// Body of <c>POST /api/search/{entity}</c> and <c>/api/search-ids/{entity}</c>. Always send <see cref="Limit"/>
/// with <see cref="Page"/> (page alone is offset 0) and sort by a unique field (there is no default order).
/// </summary>
public sealed record SearchCriteria
{
    public int? Page { get; init; }

    /// <summary>At most 500 on 6.6+.</summary>
    public int? Limit { get; init; }

    /// <summary>When given, page, limit and total-count-mode are ignored.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    public IReadOnlyList<SearchFilter>? Filter { get; init; }

    public IReadOnlyList<SearchSort>? Sort { get; init; }

    public string? Term { get; init; }

    /// <summary>Associations to load, each with its own criteria.</summary>
    public IReadOnlyDictionary<string, SearchCriteria>? Associations { get; init; }

    /// <summary>Fields to return per entity (by API alias, e.g. <c>order_line_item</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Includes { get; init; }

    /// <summary><c>none</c>, <c>exact</c> or <c>next-pages</c>.</summary>
    [JsonPropertyName("total-count-mode")]
    public string? TotalCountMode { get; init; }
}

using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary>A parsed criteria body (admin-api.md 4.1); <see cref="Limit"/> and <see cref="Page"/> are as sent.</summary>
public sealed record SearchCriteria
{
    public int? Page { get; init; }

    public int? Limit { get; init; }

    public IReadOnlyList<string>? Ids { get; init; }

    public IReadOnlyList<SearchFilter> Filters { get; init; } = [];

    public IReadOnlyList<SearchSort> Sorts { get; init; } = [];

    public TotalCountMode TotalCountMode { get; init; }

    /// <summary>Fields to keep per <c>apiAlias</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Includes { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>Requested associations, each with its own nested <c>associations</c>.</summary>
    public JsonObject Associations { get; init; } = [];
}

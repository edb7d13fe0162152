using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// Filters, sorts and pages entity documents the way <c>EntitySearcher</c> does (admin-api.md 4.2),
/// including its quirks: no default sort, a <c>page</c> without <c>limit</c> starts at offset 0, and
/// <c>ids</c> switch paging and counting off.
/// </summary>
public static class EntitySearcher
{
    public static SearchResult Search(IEnumerable<JsonObject> documents, SearchCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var matches = documents.Where(document => criteria.Filters.All(filter => filter.Matches(document)));
        if (criteria.Ids is { } ids)
        {
            var wanted = ids.ToHashSet(StringComparer.Ordinal);
            matches = matches.Where(document => wanted.Contains(document["id"]?.GetValue<string>() ?? string.Empty));
        }

        var sorted = Sort(matches.ToList(), criteria.Sorts);
        if (criteria.Ids is not null)
            return new SearchResult(sorted.Count, sorted);

        var limit = criteria.Limit ?? SearchLimits.MaxLimit;
        var offset = criteria.Limit is { } sentLimit && criteria.Page is { } page ? sentLimit * (page - 1) : 0;
        var rows = sorted.Skip(offset).Take(limit).ToList();
        var total = criteria.TotalCountMode switch
        {
            TotalCountMode.Exact => sorted.Count,
            TotalCountMode.NextPages => Math.Min(Math.Max(sorted.Count - offset, 0), (limit * 6) + 1),
            _ => rows.Count,
        };
        return new SearchResult(total, rows);
    }

    private static List<JsonObject> Sort(List<JsonObject> documents, IReadOnlyList<SearchSort> sorts)
    {
        if (sorts.Count == 0)
            return documents;
        var comparer = Comparer<JsonObject>.Create((left, right) =>
        {
            foreach (var sort in sorts)
            {
                var result = FieldValueComparer.CompareForSort(sort.Kind, First(left, sort.Field), First(right, sort.Field));
                if (result != 0)
                    return sort.Descending ? -result : result;
            }

            return 0;
        });

        // A stable sort, so rows that tie keep insertion order, as a table scan usually returns them.
        return documents.Order(comparer).ToList();
    }

    private static JsonNode? First(JsonObject document, string field) =>
        DocumentPath.ValuesAt(document, field) is { Count: > 0 } values ? values[0] : null;
}

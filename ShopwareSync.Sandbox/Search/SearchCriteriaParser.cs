using System.Globalization;
using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Catalog;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;

namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// Builds <see cref="SearchCriteria"/> from a search body (<c>RequestCriteriaBuilder</c>, admin-api.md 4.1,
/// 4.2) or from the query string of <c>GET /api/product</c>. Every problem is collected.
/// </summary>
public static class SearchCriteriaParser
{
    public static SearchCriteria Parse(EntitySchema schema, JsonObject body, List<ShopwareError> errors)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        var filters = new SearchFilterParser(schema, errors);
        var all = new List<SearchFilter>(filters.ParseList(body["filter"], "/filter"));
        all.AddRange(filters.ParseList(body["post-filter"], "/post-filter"));
        return new SearchCriteria
        {
            Limit = ReadLimit(body["limit"], errors),
            Page = ReadPage(body["page"], errors),
            Ids = ReadIds(body["ids"], errors),
            Filters = all,
            Sorts = ReadSorts(body["sort"], filters),
            TotalCountMode = ReadTotalCountMode(body["total-count-mode"]),
            Includes = ReadIncludes(body["includes"]),
            Associations = body["associations"] as JsonObject is { } associations ? (JsonObject)associations.DeepClone() : [],
        };
    }

    /// <summary>The query-string form: <c>?limit=10&amp;page=1&amp;filter[productNumber]=SKU-1&amp;sort=-createdAt,id</c>.</summary>
    public static SearchCriteria ParseQuery(EntitySchema schema, IQueryCollection query, List<ShopwareError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        var body = new JsonObject();
        if (query.TryGetValue("limit", out var limit))
            body["limit"] = int.TryParse(limit, CultureInfo.InvariantCulture, out var l) ? l : limit.ToString();
        if (query.TryGetValue("page", out var page))
            body["page"] = int.TryParse(page, CultureInfo.InvariantCulture, out var p) ? p : page.ToString();
        if (query.TryGetValue("total-count-mode", out var mode))
            body["total-count-mode"] = mode.ToString();
        var simpleFilter = new JsonObject();
        foreach (var (key, value) in query.Where(pair => pair.Key.StartsWith("filter[", StringComparison.Ordinal) && pair.Key.EndsWith(']')))
            simpleFilter[key[7..^1]] = value.ToString();
        if (simpleFilter.Count > 0)
            body["filter"] = simpleFilter;
        if (query.TryGetValue("sort", out var sort))
        {
            body["sort"] = new JsonArray(sort.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(field => (JsonNode)new JsonObject
                {
                    ["field"] = field.TrimStart('-'),
                    ["order"] = field.StartsWith('-') ? "DESC" : "ASC",
                }).ToArray());
        }

        return Parse(schema, body, errors);
    }

    private static int? ReadLimit(JsonNode? node, List<ShopwareError> errors)
    {
        if (node is null)
            return null;
        if (!TryReadPositive(node, out var limit))
        {
            errors.Add(ShopwareErrors.Criteria("FRAMEWORK__INVALID_LIMIT_QUERY",
                "The limit parameter must be a positive integer greater or equals than 1.", "/limit"));
            return null;
        }

        if (limit > SearchLimits.MaxLimit)
        {
            errors.Add(ShopwareErrors.Criteria("FRAMEWORK__QUERY_LIMIT_EXCEEDED",
                $"The limit must be lower than or equal to MAX_LIMIT(={SearchLimits.MaxLimit}). Given: {limit}", "/limit",
                new JsonObject { ["maxLimit"] = SearchLimits.MaxLimit, ["limit"] = limit }));
            return null;
        }

        return limit;
    }

    private static int? ReadPage(JsonNode? node, List<ShopwareError> errors)
    {
        if (node is null)
            return null;
        if (TryReadPositive(node, out var page))
            return page;
        errors.Add(ShopwareErrors.Criteria("FRAMEWORK__INVALID_PAGE_QUERY",
            $"The page parameter must be a positive integer. Given: {FieldValueComparer.AsText(node)}", "/page"));
        return null;
    }

    private static bool TryReadPositive(JsonNode node, out int value) =>
        (JsonValueReader.TryReadInt(node, out value)
         || int.TryParse(FieldValueComparer.AsText(node), NumberStyles.None, CultureInfo.InvariantCulture, out value))
        && value > 0;

    private static List<string>? ReadIds(JsonNode? node, List<ShopwareError> errors)
    {
        if (node is null)
            return null;
        var ids = node switch
        {
            JsonArray array => array.Select(item => item is null ? string.Empty : FieldValueComparer.AsText(item)).ToList(),
            _ => FieldValueComparer.AsText(node).Split('|').ToList(),
        };
        if (ids.Count > 0 && ids.All(ShopwareUuid.IsValid))
            return ids;
        errors.Add(ShopwareErrors.Criteria("FRAMEWORK__INVALID_API_CRITERIA_IDS",
            "The ids parameter has to be a list of valid uuids.", "/ids"));
        return null;
    }

    private static List<SearchSort> ReadSorts(JsonNode? node, SearchFilterParser fields)
    {
        var sorts = new List<SearchSort>();
        if (node is not JsonArray array)
            return sorts;
        for (var index = 0; index < array.Count; index++)
        {
            if (array[index] is not JsonObject sort || !JsonValueReader.TryReadString(sort["field"], out var field))
                continue;
            if (fields.ResolveField(field, $"/sort/{index}") is not { } kind)
                continue;
            var descending = JsonValueReader.TryReadString(sort["order"], out var order)
                && order.Equals("DESC", StringComparison.OrdinalIgnoreCase);
            sorts.Add(new SearchSort(field, kind, descending));
        }

        return sorts;
    }

    private static TotalCountMode ReadTotalCountMode(JsonNode? node) => node is null ? TotalCountMode.None : FieldValueComparer.AsText(node) switch
    {
        "1" or "exact" => TotalCountMode.Exact,
        "2" or "next-pages" => TotalCountMode.NextPages,
        _ => TotalCountMode.None,
    };

    private static Dictionary<string, IReadOnlySet<string>> ReadIncludes(JsonNode? node)
    {
        var includes = new Dictionary<string, IReadOnlySet<string>>();
        if (node is not JsonObject map)
            return includes;
        foreach (var (alias, fields) in map)
        {
            if (fields is JsonArray list)
                includes[alias] = list.Where(item => item is not null).Select(item => FieldValueComparer.AsText(item!)).ToHashSet();
        }

        return includes;
    }
}

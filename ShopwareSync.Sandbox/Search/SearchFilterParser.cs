using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;

namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// Parses filters as <c>QueryStringParser::fromArray</c> does (admin-api.md 4.1), collecting every
/// problem with its pointer so the answer lists them all, as Shopware's <c>SearchRequestException</c> does.
/// </summary>
public sealed class SearchFilterParser(EntitySchema schema, List<ShopwareError> errors)
{
    private static readonly HashSet<string> RangeKeys = ["gt", "gte", "lt", "lte"];

    public IReadOnlyList<SearchFilter> ParseList(JsonNode? node, string path)
    {
        var filters = new List<SearchFilter>();
        switch (node)
        {
            case null:
                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    if (Parse(array[index], $"{path}/{index}") is { } filter)
                        filters.Add(filter);
                }

                break;
            case JsonObject simple:
                // The simple form {"productNumber": "SKU-1"} is an AND of equals (admin-api.md 4.1).
                foreach (var (field, value) in simple)
                {
                    if (ResolveField(field, $"{path}/{field}") is { } kind)
                        filters.Add(new EqualsAnyFilter(field, kind, [value?.DeepClone()]));
                }

                break;
            default:
                errors.Add(Invalid("The filter parameter has to be a list of filters.", path));
                break;
        }

        return filters;
    }

    public SearchFilter? Parse(JsonNode? node, string path)
    {
        if (node is not JsonObject filter || !JsonValueReader.TryReadString(filter["type"], out var type))
        {
            errors.Add(Invalid("Parameter \"type\" is missing.", path));
            return null;
        }

        switch (type)
        {
            case "multi":
            case "and":
            case "or":
            case "not":
            case "nand":
            case "nor":
                return ParseMulti(filter, type, path);
        }

        if (!JsonValueReader.TryReadString(filter["field"], out var field) || field.Length == 0)
        {
            errors.Add(Invalid($"Parameter \"field\" for {type} filter is missing.", path));
            return null;
        }

        if (ResolveField(field, path) is not { } kind)
            return null;
        var value = filter["value"];
        switch (type)
        {
            case "equals":
                if (value is JsonValue text && JsonValueReader.TryReadString(text, out var s) && s.Length == 0)
                {
                    errors.Add(Invalid($"Parameter \"value\" for {type} filter is missing.", path));
                    return null;
                }

                return new EqualsAnyFilter(field, kind, [value?.DeepClone()]);
            case "equalsAny":
            case "equalsAll":
                var values = ReadValueList(value);
                if (values.Count == 0)
                {
                    errors.Add(Invalid($"Parameter \"value\" for {type} filter is missing.", path));
                    return null;
                }

                return type == "equalsAny" ? new EqualsAnyFilter(field, kind, values) : new EqualsAllFilter(field, kind, values);
            case "contains":
            case "prefix":
            case "suffix":
                if (value is null || FieldValueComparer.AsText(value).Length == 0)
                {
                    errors.Add(Invalid($"Parameter \"value\" for {type} filter is missing.", path));
                    return null;
                }

                return new TextMatchFilter(field, type, FieldValueComparer.AsText(value));
            case "range":
                if (filter["parameters"] is not JsonObject parameters || parameters.Count == 0
                    || parameters.Any(pair => !RangeKeys.Contains(pair.Key)))
                {
                    errors.Add(Invalid("Parameter \"parameters\" for range filter is missing or invalid.", path));
                    return null;
                }

                return new RangeFilter(field, kind, parameters.ToDictionary(pair => pair.Key, pair => pair.Value?.DeepClone()));
            default:
                errors.Add(Invalid($"Unsupported filter type: {type}", path));
                return null;
        }
    }

    public FieldKind? ResolveField(string field, string path)
    {
        var kind = schema.Resolve(field);
        if (kind is null)
        {
            errors.Add(ShopwareErrors.Criteria("FRAMEWORK__UNMAPPED_FIELD",
                $"Field \"{field}\" in entity \"{schema.Name}\" was not found.", path,
                new JsonObject { ["field"] = field, ["entity"] = schema.Name }));
        }

        return kind;
    }

    private MultiFilter? ParseMulti(JsonObject filter, string type, string path)
    {
        var op = JsonValueReader.TryReadString(filter["operator"], out var o) ? o.ToUpperInvariant() : "AND";
        var isOr = type is "or" or "nor" || (type is "multi" or "not" && op == "OR");
        var negated = type is "not" or "nand" or "nor";
        if (filter["queries"] is not JsonArray queries || queries.Count == 0)
        {
            errors.Add(Invalid($"Parameter \"queries\" for {type} filter is missing.", path));
            return null;
        }

        var children = new List<SearchFilter>();
        for (var index = 0; index < queries.Count; index++)
        {
            if (Parse(queries[index], $"{path}/queries/{index}") is { } child)
                children.Add(child);
        }

        return new MultiFilter(isOr, negated, children);
    }

    private static List<JsonNode?> ReadValueList(JsonNode? value) => value switch
    {
        JsonArray array => array.Select(item => item?.DeepClone()).ToList(),
        JsonValue single when JsonValueReader.TryReadString(single, out var text) =>
            text.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(part => (JsonNode?)JsonValue.Create(part)).ToList(),
        JsonValue single => [single.DeepClone()],
        _ => [],
    };

    private static ShopwareError Invalid(string detail, string path) =>
        ShopwareErrors.Criteria("FRAMEWORK__INVALID_FILTER_QUERY", detail, path);
}

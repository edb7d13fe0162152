using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// Shapes a found document for the answer: associations not asked for come back as null (admin-api.md
/// 4.3), and <c>includes</c> keep only the listed fields of each <c>apiAlias</c>.
/// </summary>
public static class ResponseProjection
{
    public static JsonObject Project(JsonObject document, EntitySchema schema, SearchCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(criteria);
        var copy = (JsonObject)document.DeepClone();
        LoadAssociations(copy, schema, criteria.Associations);
        if (criteria.Includes.Count > 0)
            ApplyIncludes(copy, criteria.Includes);
        return copy;
    }

    private static void LoadAssociations(JsonObject node, EntitySchema schema, JsonObject requested)
    {
        foreach (var (name, child) in schema.Associations)
        {
            if (!requested.TryGetPropertyValue(name, out var nested))
            {
                node[name] = null;
                continue;
            }

            var nestedAssociations = (nested as JsonObject)?["associations"] as JsonObject ?? [];
            foreach (var item in node[name] is JsonArray many ? many.OfType<JsonObject>() : node[name] is JsonObject one ? [one] : [])
                LoadAssociations(item, child, nestedAssociations);
        }
    }

    private static void ApplyIncludes(JsonNode? node, IReadOnlyDictionary<string, IReadOnlySet<string>> includes)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                    ApplyIncludes(item, includes);
                break;
            case JsonObject obj:
                if (obj["apiAlias"] is JsonValue alias && includes.TryGetValue(alias.GetValue<string>(), out var keep))
                {
                    foreach (var key in obj.Select(pair => pair.Key).Where(key => key != "apiAlias" && !keep.Contains(key)).ToList())
                        obj.Remove(key);
                }

                foreach (var (_, value) in obj.ToList())
                    ApplyIncludes(value, includes);
                break;
        }
    }
}

using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Json;

namespace ShopwareSync.Sandbox.Sync;

/// <summary>
/// The success body of a sync request: <c>data</c>, <c>deleted</c> and <c>notFound</c> keyed by entity,
/// sorted by key, empty maps as <c>[]</c> (admin-api.md 2.3).
/// </summary>
public sealed class SyncResult
{
    private readonly SortedDictionary<string, List<JsonNode>> _data = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<JsonNode>> _deleted = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<JsonNode>> _notFound = new(StringComparer.Ordinal);

    /// <summary>Records of the request that were written or deleted; derived rows such as translations are not counted.</summary>
    public int RecordCount { get; private set; }

    public void CountRecord() => RecordCount++;

    public void AddWritten(string entity, JsonNode primaryKey) => Add(_data, entity, primaryKey);

    public void AddDeleted(string entity, string id) => Add(_deleted, entity, JsonValue.Create(id));

    public void AddNotFound(string entity, string id) => Add(_notFound, entity, JsonValue.Create(id));

    public JsonObject ToJson() => new()
    {
        ["extensions"] = new JsonArray(),
        ["data"] = ToMap(_data),
        ["notFound"] = ToMap(_notFound),
        ["deleted"] = ToMap(_deleted),
    };

    private static void Add(SortedDictionary<string, List<JsonNode>> map, string entity, JsonNode key)
    {
        if (!map.TryGetValue(entity, out var keys))
            map[entity] = keys = [];
        keys.Add(key);
    }

    private static JsonNode ToMap(SortedDictionary<string, List<JsonNode>> map)
    {
        var json = new JsonObject();
        foreach (var (entity, keys) in map)
            json[entity] = new JsonArray(keys.ToArray());
        return SandboxJson.MapOrEmptyArray(json);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using ShopwareSync.Core.Shopware.Json;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>
/// Answer of a successful sync (6.5+): primary keys written, deleted and not found, per entity. Keys are strings
/// for single-id entities and objects for mapping entities, hence <see cref="JsonElement"/>.
/// </summary>
public sealed record SyncResult
{
    [JsonConverter(typeof(PhpMapConverter<IReadOnlyList<JsonElement>>))]
    public IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> Data { get; init; } = new Dictionary<string, IReadOnlyList<JsonElement>>();

    [JsonConverter(typeof(PhpMapConverter<IReadOnlyList<JsonElement>>))]
    public IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> Deleted { get; init; } = new Dictionary<string, IReadOnlyList<JsonElement>>();

    [JsonConverter(typeof(PhpMapConverter<IReadOnlyList<JsonElement>>))]
    public IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> NotFound { get; init; } = new Dictionary<string, IReadOnlyList<JsonElement>>();

    /// <summary>Ids of <paramref name="entity"/> written by the request (single-id entities only).</summary>
    public IReadOnlyList<string> WrittenIds(string entity) =>
        Data.TryGetValue(entity, out var keys)
            ? keys.Where(k => k.ValueKind == JsonValueKind.String).Select(k => k.GetString()!).ToList()
            : [];
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ShopwareSync.Sandbox.Json;

/// <summary>The serializer settings every sandbox answer uses: Shopware's camelCase names, PHP number shapes.</summary>
public static class SandboxJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>PHP serializes an empty map as <c>[]</c> (admin-api.md 2.3, 10.6); answers do the same.</summary>
    public static JsonNode MapOrEmptyArray(JsonObject map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Count == 0 ? new JsonArray() : map;
    }

    public static JsonObject ToObject<T>(T value) =>
        JsonSerializer.SerializeToNode(value, Options)?.AsObject()
        ?? throw new InvalidOperationException($"{typeof(T).Name} serialized to null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,

            // PHP leaves '+' in dates and non-ASCII text as they are; so does the sandbox.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new PhpFloatConverter());
        options.Converters.Add(new ShopwareDateTimeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopwareSync.Core.Shopware.Json;

/// <summary>Reads a JSON object as a map, and PHP's empty array <c>[]</c> (an empty PHP map) as an empty one.</summary>
public sealed class PhpMapConverter<TValue> : JsonConverter<IReadOnlyDictionary<string, TValue>>
{
    public override IReadOnlyDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.EndArray)
                throw new JsonException("Expected an object or an empty array.");
            return new Dictionary<string, TValue>();
        }

        return JsonSerializer.Deserialize<Dictionary<string, TValue>>(ref reader, options)
               ?? new Dictionary<string, TValue>();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, TValue> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}

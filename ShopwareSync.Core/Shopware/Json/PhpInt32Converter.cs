using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopwareSync.Core.Shopware.Json;

/// <summary>Reads an integer that PHP may have written as <c>10.0</c>; rejects a real fraction or an overflow.</summary>
public sealed class PhpInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
            throw new JsonException($"Expected a number, got {reader.TokenType}.");
        if (reader.TryGetInt32(out var value))
            return value;
        if (reader.TryGetDecimal(out var number) && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
            return (int)number;
        throw new JsonException("Expected a whole number that fits a 32-bit integer.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}

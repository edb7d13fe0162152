using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopwareSync.Sandbox.Json;

/// <summary>
/// Writes dates as Shopware's API output does, RFC3339 with milliseconds in UTC
/// (<c>2026-11-25T08:00:00.123+00:00</c>, admin-api.md 4.1).
/// </summary>
public sealed class ShopwareDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? string.Empty, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture));
    }
}

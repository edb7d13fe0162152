using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopwareSync.Sandbox.Json;

/// <summary>
/// Writes floats the way PHP's json_encode does: a whole number keeps its fraction (<c>10.0</c>),
/// so clients meet the same shapes as from a real shop (admin-api.md 10.6).
/// </summary>
public sealed class PhpFloatConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
            text += ".0";
        writer.WriteRawValue(text, skipInputValidation: true);
    }
}

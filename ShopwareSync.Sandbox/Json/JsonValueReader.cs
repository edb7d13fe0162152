using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Json;

/// <summary>
/// Reads request values as PHP sees them: <c>5.0</c> is a float, not an int (admin-api.md 10.5),
/// and <c>"5"</c> is a string.
/// </summary>
public static class JsonValueReader
{
    public static bool TryReadInt(JsonNode? node, out int value)
    {
        value = 0;
        if (node is not JsonValue json || json.GetValueKind() != JsonValueKind.Number)
            return false;
        var raw = json.ToJsonString();
        if (raw.Contains('.', StringComparison.Ordinal) || raw.Contains('e', StringComparison.OrdinalIgnoreCase))
            return false;
        return json.TryGetValue(out value) || int.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    public static bool TryReadNumber(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue json && json.GetValueKind() == JsonValueKind.Number
            && double.TryParse(json.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    public static bool TryReadString(JsonNode? node, out string value)
    {
        value = string.Empty;
        if (node is not JsonValue json || json.GetValueKind() != JsonValueKind.String)
            return false;
        value = json.GetValue<string>();
        return true;
    }

    public static bool TryReadBool(JsonNode? node, out bool value)
    {
        value = false;
        if (node is not JsonValue json)
            return false;
        switch (json.GetValueKind())
        {
            case JsonValueKind.True:
                value = true;
                return true;
            case JsonValueKind.False:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Renders a value the way Symfony's validator quotes it in <c>{{ value }}</c>.</summary>
    public static string Quote(JsonNode? node) => node is null ? "null" : node.ToJsonString();
}

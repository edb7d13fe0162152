using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShopwareSync.Core.Shopware.Json;

/// <summary>
/// System.Text.Json settings for the Admin API: camelCase like Shopware's entity fields, nulls left out of
/// writes (a JSON null would clear a field), PHP's number shapes tolerated on reads.
/// </summary>
public static class ShopwareJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
        };
        // PHP writes some integers as floats ("10.0"); they must still fit an int field.
        options.Converters.Add(new PhpInt32Converter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

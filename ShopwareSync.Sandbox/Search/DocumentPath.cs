using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// Reads the values a dotted field path reaches in an entity document. To-many associations fan out,
/// so <c>lineItems.productId</c> yields one value per line item, as the SQL join does.
/// </summary>
public static class DocumentPath
{
    public static IReadOnlyList<JsonNode?> ValuesAt(JsonObject document, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        IEnumerable<JsonNode?> current = [document];
        foreach (var segment in path.Split('.'))
        {
            current = current.SelectMany(node => node switch
            {
                JsonObject obj => Expand(obj[segment]),
                _ => [],
            });
        }

        return current.ToList();
    }

    private static IEnumerable<JsonNode?> Expand(JsonNode? node) => node is JsonArray array ? array.AsEnumerable() : [node];
}

using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;

namespace ShopwareSync.Sandbox.Catalog;

/// <summary>
/// Reads <c>visibilities</c> of a product write. To-many writes only add or update: an item with the id
/// of an existing visibility updates it, any other item is inserted (admin-api.md 3.2), which is how a
/// repeated upsert without ids runs into the unique key (admin-api.md 9.1).
/// </summary>
public static class VisibilityPayloadReader
{
    public static IReadOnlyList<SandboxProductVisibility>? Read(
        JsonNode? node, string path, string productId, IReadOnlyList<SandboxProductVisibility> existing,
        Func<string> newId, List<ShopwareError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(newId);
        if (node is not JsonArray items)
        {
            errors.Add(ShopwareErrors.WrongType(path, node, "array"));
            return null;
        }

        var before = errors.Count;
        var result = existing.ToList();
        for (var index = 0; index < items.Count; index++)
        {
            var itemPath = $"{path}/{index}";
            if (items[index] is not JsonObject item)
            {
                errors.Add(ShopwareErrors.WrongType(itemPath, items[index], "array"));
                continue;
            }

            var id = newId();
            if (item["id"] is { } idNode && !(JsonValueReader.TryReadString(idNode, out id) && ShopwareUuid.IsValid(id)))
            {
                errors.Add(ShopwareErrors.InvalidUuid($"{itemPath}/id", idNode.ToString()));
                continue;
            }

            var current = result.FindIndex(visibility => visibility.Id == id);
            var salesChannelId = current >= 0 ? result[current].SalesChannelId : null;
            var level = current >= 0 ? result[current].Visibility : (int?)null;
            if (item.TryGetPropertyValue("salesChannelId", out var channelNode))
            {
                if (JsonValueReader.TryReadString(channelNode, out var channel) && ShopwareUuid.IsValid(channel))
                    salesChannelId = channel;
                else
                    errors.Add(ShopwareErrors.InvalidUuid($"{itemPath}/salesChannelId", channelNode?.ToString() ?? string.Empty));
            }
            else if (salesChannelId is null)
            {
                errors.Add(ShopwareErrors.NotBlank($"{itemPath}/salesChannelId", null));
            }

            if (item.TryGetPropertyValue("visibility", out var levelNode))
            {
                if (JsonValueReader.TryReadInt(levelNode, out var value))
                    level = value;
                else
                    errors.Add(ShopwareErrors.WrongType($"{itemPath}/visibility", levelNode, "int"));
            }
            else if (level is null)
            {
                errors.Add(ShopwareErrors.NotBlank($"{itemPath}/visibility", null));
            }

            if (salesChannelId is null || level is null)
                continue;
            var visibility = new SandboxProductVisibility(id, productId, salesChannelId, level.Value);
            if (current >= 0)
                result[current] = visibility;
            else
                result.Add(visibility);
        }

        return errors.Count > before ? null : result;
    }
}

using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;
using ShopwareSync.Sandbox.Reference;

namespace ShopwareSync.Sandbox.Catalog;

/// <summary>
/// Reads <c>product.price</c>: a non-empty list whose items carry <c>currencyId</c>, <c>gross</c>,
/// <c>net</c> and <c>linked</c>, one of them in the default currency (admin-api.md 3.2). Writing the
/// field replaces the whole list.
/// </summary>
public static class SandboxPriceReader
{
    private static readonly string[] RequiredKeys = ["currencyId", "net", "gross", "linked"];

    public static IReadOnlyList<SandboxPrice>? Read(JsonNode? node, string path, List<ShopwareError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (node is not JsonArray items || items.Count == 0)
        {
            errors.Add(node is null or JsonArray ? ShopwareErrors.NotBlank(path, node) : ShopwareErrors.WrongType(path, node, "array"));
            return null;
        }

        var before = errors.Count;
        var prices = new List<SandboxPrice>();
        for (var index = 0; index < items.Count; index++)
        {
            var itemPointer = $"{path}/{index}";
            if (items[index] is not JsonObject item)
            {
                errors.Add(ShopwareErrors.WrongType(itemPointer, items[index], "array"));
                continue;
            }

            var missing = RequiredKeys.Where(key => !item.ContainsKey(key)).ToList();
            foreach (var key in missing)
                errors.Add(ShopwareErrors.MissingField($"{itemPointer}/{key}"));
            if (missing.Count > 0)
                continue;

            var currencyOk = JsonValueReader.TryReadString(item["currencyId"], out var currencyId) && ShopwareUuid.IsValid(currencyId);
            if (!currencyOk)
                errors.Add(ShopwareErrors.InvalidUuid($"{itemPointer}/currencyId", item["currencyId"]?.ToString() ?? string.Empty));
            if (!JsonValueReader.TryReadNumber(item["gross"], out var gross))
                errors.Add(ShopwareErrors.WrongType($"{itemPointer}/gross", item["gross"], "numeric"));
            if (!JsonValueReader.TryReadNumber(item["net"], out var net))
                errors.Add(ShopwareErrors.WrongType($"{itemPointer}/net", item["net"], "numeric"));
            if (!JsonValueReader.TryReadBool(item["linked"], out var linked))
                errors.Add(ShopwareErrors.WrongType($"{itemPointer}/linked", item["linked"], "bool"));
            prices.Add(new SandboxPrice(currencyId, net, gross, linked));
        }

        if (errors.Count > before)
            return null;
        if (!prices.Any(price => price.CurrencyId == ShopwareDefaults.Currency))
        {
            errors.Add(ShopwareErrors.NoDefaultCurrencyPrice(path));
            return null;
        }

        return prices;
    }
}

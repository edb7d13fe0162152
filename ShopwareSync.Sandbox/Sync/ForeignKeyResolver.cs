using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Sync;

/// <summary>
/// Replaces <c>{"resolver": "product.number", "value": …}</c> in id fields by the product's id before
/// anything is written (<c>SyncFkResolver</c>, admin-api.md 2.1). Numbers match case-insensitively
/// (admin-api.md 10.4); the error pointer has no leading slash (admin-api.md 10.1).
/// </summary>
public static class ForeignKeyResolver
{
    private static readonly string[] IdFields = ["id", "parentId"];

    public static ShopwareError? Resolve(IReadOnlyList<SyncOperation> operations, SandboxState state)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(state);
        var unresolved = new List<string>();
        foreach (var operation in operations)
        {
            for (var index = 0; index < operation.Payload.Count; index++)
            {
                var record = operation.Payload[index];
                foreach (var field in IdFields)
                {
                    if (record[field] is not JsonObject reference || !reference.ContainsKey("resolver"))
                        continue;
                    var product = JsonValueReader.TryReadString(reference["resolver"], out var resolver) && resolver == "product.number"
                        && JsonValueReader.TryReadString(reference["value"], out var number)
                        ? state.FindProductByNumber(number)
                        : null;
                    if (product is not null)
                    {
                        record[field] = product.Id;
                    }
                    else if (JsonValueReader.TryReadBool(reference["nullOnMissing"], out var nullOnMissing) && nullOnMissing)
                    {
                        // A null id means "insert new" (admin-api.md 2.1).
                        if (field == "id")
                            record.Remove(field);
                        else
                            record[field] = null;
                    }
                    else
                    {
                        unresolved.Add($"{operation.Key}/{index}/{field}");
                    }
                }
            }
        }

        if (unresolved.Count == 0)
            return null;
        var error = ShopwareErrors.UnresolvedForeignKey(unresolved[0], "product.id");
        var parameters = new JsonObject();
        for (var i = 0; i < unresolved.Count; i++)
        {
            parameters[$"pointer-{i}"] = unresolved[i];
            parameters[$"field-{i}"] = "product.id";
        }

        return error with { Meta = new ShopwareErrorMeta(parameters) };
    }
}

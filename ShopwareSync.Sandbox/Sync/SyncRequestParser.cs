using System.Globalization;
using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;

namespace ShopwareSync.Sandbox.Sync;

/// <summary>
/// Reads a sync body: an object keyed by operation name or a list keyed by index, each operation with
/// <c>entity</c>, <c>action</c> (exactly <c>upsert</c> or <c>delete</c>), <c>payload</c> and, for deletes,
/// <c>criteria</c> (admin-api.md 2.1).
/// </summary>
public static class SyncRequestParser
{
    public static SyncRequestParseResult Parse(JsonNode? body)
    {
        IEnumerable<KeyValuePair<string, JsonNode?>> entries = body switch
        {
            JsonObject map => map,
            JsonArray list => list.Select((node, index) => KeyValuePair.Create(index.ToString(CultureInfo.InvariantCulture), node)),
            _ => [],
        };
        if (body is not JsonObject and not JsonArray)
            return SyncRequestParseResult.Failed(400, ShopwareErrors.InvalidSyncOperation("The sync request body must be a list or a map of operations."));

        var operations = new List<SyncOperation>();
        foreach (var (defaultKey, node) in entries)
        {
            if (node is not JsonObject operation)
                return SyncRequestParseResult.Failed(400, ShopwareErrors.InvalidSyncOperation($"Invalid sync operation with key \"{defaultKey}\"."));
            var key = JsonValueReader.TryReadString(operation["key"], out var explicitKey) ? explicitKey : defaultKey;

            if (!JsonValueReader.TryReadString(operation["entity"], out var entity) || entity.Length == 0)
                return SyncRequestParseResult.Failed(400, ShopwareErrors.InvalidSyncOperation($"Missing \"entity\" argument for operation with key \"{key}\". It needs to be a non-empty string."));
            if (!JsonValueReader.TryReadString(operation["action"], out var action) || action is not (SyncOperation.Upsert or SyncOperation.Delete))
                return SyncRequestParseResult.Failed(400, ShopwareErrors.InvalidSyncOperation($"Missing or invalid \"action\" argument for operation with key \"{key}\". Supported actions are [upsert, delete]."));

            var payloadNode = operation["payload"];
            var criteria = action == SyncOperation.Delete ? operation["criteria"] as JsonArray : null;
            var hasPayload = payloadNode is JsonArray { Count: > 0 };
            if (action == SyncOperation.Delete && !hasPayload && criteria is { Count: 0 })
                return SyncRequestParseResult.Failed(400, ShopwareErrors.InvalidSyncCriteria());
            if (!hasPayload && criteria is not { Count: > 0 })
            {
                var argument = action == SyncOperation.Delete ? "\"payload\"|\"criteria\"" : "\"payload\"";
                return SyncRequestParseResult.Failed(400, ShopwareErrors.InvalidSyncOperation($"Missing {argument} argument for operation with key \"{key}\". It needs to be a non-empty array."));
            }

            var records = new List<JsonObject>();
            foreach (var record in (payloadNode as JsonArray) ?? [])
            {
                // A bare list of ids is refused although the OpenAPI text allows it (admin-api.md 2.1).
                if (record is not JsonObject recordObject)
                    return SyncRequestParseResult.Failed(400, ShopwareErrors.Symfony(400, "Bad Request", "Invalid payload. Should contain a list of associative arrays"));
                records.Add(recordObject);
            }

            operations.Add(new SyncOperation(key, entity, action, records, criteria));
        }

        return new SyncRequestParseResult(operations, 0, null);
    }
}

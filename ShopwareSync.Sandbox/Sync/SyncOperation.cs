using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Sync;

/// <summary>One operation of a sync request (<c>SyncOperation::createFromArray</c>, admin-api.md 2.1).</summary>
public sealed record SyncOperation(string Key, string Entity, string Action, IReadOnlyList<JsonObject> Payload, JsonArray? Criteria)
{
    public const string Upsert = "upsert";
    public const string Delete = "delete";
}

using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Sync;

/// <summary>The HTTP status and body a sync request is answered with.</summary>
public sealed record SyncOutcome(int Status, JsonNode Body, int RecordsWritten);

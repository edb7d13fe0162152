namespace ShopwareSync.Sandbox.Observability;

/// <summary>What <c>GET /_sandbox/counters</c> answers.</summary>
public sealed record SandboxCountersSnapshot(
    IReadOnlyList<RequestCount> Requests,
    long SyncRequests,
    long SyncOperations,
    long SyncRecords,
    long SyncRecordsWritten,
    long RequestsInLatency);

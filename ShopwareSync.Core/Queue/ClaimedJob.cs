namespace ShopwareSync.Core.Queue;

/// <summary>A job a worker holds under lease: it must complete, retry, fail or release it before the lease runs out.</summary>
public sealed record ClaimedJob(
    long JobId,
    SyncJobKind Kind,
    string ProductNumber,
    int Attempt,
    int ChangeCount,
    Guid CorrelationId,
    DateTimeOffset CreatedAt);

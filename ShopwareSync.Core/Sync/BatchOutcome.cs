namespace ShopwareSync.Core.Sync;

/// <summary>What one batch did: jobs claimed, delivered, put back for a retry, failed for good; sync requests sent.</summary>
public sealed record BatchOutcome(int Claimed, int Delivered, int Retried, int Failed, int SyncRequests)
{
    public static BatchOutcome Empty { get; } = new(0, 0, 0, 0, 0);
}

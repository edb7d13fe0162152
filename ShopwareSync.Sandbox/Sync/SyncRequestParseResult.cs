using ShopwareSync.Sandbox.Errors;

namespace ShopwareSync.Sandbox.Sync;

/// <summary>The operations of a sync request, or the error that rejects it before anything is validated.</summary>
public sealed record SyncRequestParseResult(IReadOnlyList<SyncOperation> Operations, int ErrorStatus, ShopwareError? Error)
{
    public static SyncRequestParseResult Failed(int status, ShopwareError error) => new([], status, error);
}

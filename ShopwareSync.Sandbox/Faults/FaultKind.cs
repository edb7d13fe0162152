namespace ShopwareSync.Sandbox.Faults;

/// <summary>The faults a request can meet, in the order they are checked.</summary>
public enum FaultKind
{
    None,
    RateLimited,
    DroppedConnection,
    ServiceUnavailable,
}

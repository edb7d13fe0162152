namespace ShopwareSync.Sandbox.Faults;

/// <summary>What the fault switches do to one request.</summary>
public readonly record struct FaultDecision(FaultKind Kind, TimeSpan Latency, int RetryAfterSeconds);

namespace ShopwareSync.Sandbox.State;

/// <summary>
/// The outcome of a write: the state to publish, or null to discard everything the write did, and
/// the answer for the caller.
/// </summary>
public readonly record struct SandboxWrite<TResult>(SandboxState? Next, TResult Result);

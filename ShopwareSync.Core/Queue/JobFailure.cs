namespace ShopwareSync.Core.Queue;

/// <summary>A claimed job that cannot succeed by retrying: it is failed permanently and kept for an operator.</summary>
public sealed record JobFailure(long JobId, string Error);

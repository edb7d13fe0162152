namespace ShopwareSync.Core.Queue;

/// <summary>A claimed job that failed for a reason that may pass: try again at <see cref="NextAttemptAt"/>.</summary>
public sealed record JobRetry(long JobId, DateTimeOffset NextAttemptAt, string Error);

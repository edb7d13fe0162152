using Microsoft.Extensions.Logging;

namespace ShopwareSync.Core.Sync;

/// <summary>Log messages of the sync capability; event ids 3000-3099. One line per queue transition.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Claimed job {JobId} ({Kind}) for {ProductNumber}, attempt {Attempt}")]
    public static partial void JobClaimed(ILogger logger, long jobId, string kind, string productNumber, int attempt, Guid correlationId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Delivered job {JobId}: {ProductNumber} stock {Stock}")]
    public static partial void JobDelivered(ILogger logger, long jobId, string productNumber, int stock, Guid correlationId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Job {JobId} for {ProductNumber} failed attempt {Attempt} ({ErrorClass}); retry at {NextAttemptAt}: {Error}")]
    public static partial void JobRetryScheduled(ILogger logger, long jobId, string productNumber, int attempt, string errorClass, DateTimeOffset nextAttemptAt, string error, Guid correlationId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Job {JobId} for {ProductNumber} failed permanently after attempt {Attempt}: {Error}")]
    public static partial void JobFailedPermanently(ILogger logger, long jobId, string productNumber, int attempt, string error, Guid correlationId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Lease of job {JobId} for {ProductNumber} expired; it is pending again")]
    public static partial void LeaseExpired(ILogger logger, long jobId, string productNumber, Guid correlationId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Job {JobId} for {ProductNumber}: {Adjustment}")]
    public static partial void PayloadAdjusted(ILogger logger, long jobId, string productNumber, string adjustment, Guid correlationId);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Debug, Message = "Job {JobId}: article {ProductNumber} is gone and was never linked to Shopware; nothing to push")]
    public static partial void JobNothingToPush(ILogger logger, long jobId, string productNumber, Guid correlationId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Stock batch of {Claimed} job(s): {Delivered} delivered, {Retried} to retry, {Failed} failed, {SyncRequests} sync request(s) in {DurationMs} ms")]
    public static partial void BatchFinished(ILogger logger, int claimed, int delivered, int retried, int failed, int syncRequests, long durationMs);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Released {Count} unfinished job(s) on shutdown")]
    public static partial void JobsReleased(ILogger logger, int count);
}

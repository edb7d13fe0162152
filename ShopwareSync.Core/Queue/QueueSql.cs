using ShopwareSync.Core.Database;

namespace ShopwareSync.Core.Queue;

/// <summary>The queue's statements, one per .sql file beside this class.</summary>
internal static class QueueSql
{
    public static string ClaimDueJobs => EmbeddedSql.Load("Queue", "ClaimDueJobs");

    public static string CompleteJobs => EmbeddedSql.Load("Queue", "CompleteJobs");

    public static string ScheduleRetries => EmbeddedSql.Load("Queue", "ScheduleRetries");

    public static string FailJobs => EmbeddedSql.Load("Queue", "FailJobs");

    public static string ReleaseJobs => EmbeddedSql.Load("Queue", "ReleaseJobs");

    public static string RescueExpiredLeases => EmbeddedSql.Load("Queue", "RescueExpiredLeases");

    public static string PruneFinishedJobs => EmbeddedSql.Load("Queue", "PruneFinishedJobs");
}

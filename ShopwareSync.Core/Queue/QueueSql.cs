using System.Collections.Concurrent;

namespace ShopwareSync.Core.Queue;

/// <summary>The queue's statements, one per .sql file beside this class, embedded and loaded by name.</summary>
internal static class QueueSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string ClaimDueJobs => Load("ClaimDueJobs");

    public static string CompleteJobs => Load("CompleteJobs");

    public static string ScheduleRetries => Load("ScheduleRetries");

    public static string FailJobs => Load("FailJobs");

    public static string ReleaseJobs => Load("ReleaseJobs");

    public static string RescueExpiredLeases => Load("RescueExpiredLeases");

    public static string PruneFinishedJobs => Load("PruneFinishedJobs");

    private static string Load(string name) => Cache.GetOrAdd(name, static key =>
    {
        var resource = $"ShopwareSync.Core.Queue.{key}.sql";
        using var stream = typeof(QueueSql).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded SQL {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}

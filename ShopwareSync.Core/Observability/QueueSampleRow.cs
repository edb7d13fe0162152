namespace ShopwareSync.Core.Observability;

/// <summary>One row of the queue sample: jobs of a kind in a status, and the age of the oldest of them.</summary>
public sealed record QueueSampleRow(string Kind, string Status, long Jobs, double? OldestAgeSeconds)
{
    /// <summary>The kinds the queue table allows (its CHECK sync_job_kind_known).</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["stock", "catalog"];

    /// <summary>The statuses the queue table allows (its CHECK sync_job_status_known).</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["pending", "in_progress", "done", "failed"];
}

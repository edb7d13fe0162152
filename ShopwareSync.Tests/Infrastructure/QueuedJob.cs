namespace ShopwareSync.Tests.Infrastructure;

/// <summary>One row of shopware_sync.sync_job, as tests look at it.</summary>
internal sealed record QueuedJob(long JobId, string Kind, string ProductNumber, string Status, int Attempts, int ChangeCount, string Reason)
{
    public const string SelectAll =
        """
        SELECT job_id AS JobId, kind AS Kind, product_number AS ProductNumber, status AS Status,
               attempts AS Attempts, change_count AS ChangeCount, reason AS Reason
        FROM shopware_sync.sync_job ORDER BY product_number, kind, job_id
        """;

    /// <summary>"kind:product_number" per job, for compact assertions.</summary>
    public string Key => $"{Kind}:{ProductNumber}";
}

using ShopwareSync.Core.Queue;

namespace ShopwareSync.Core.Sync;

/// <summary>The fate of each job of a batch as processing decides it; written to the queue in three statements.</summary>
internal sealed class JobSettlement(IReadOnlyList<ClaimedJob> jobs)
{
    private readonly Dictionary<long, ClaimedJob> _open = jobs.ToDictionary(job => job.JobId);

    public List<ClaimedJob> Delivered { get; } = [];

    public List<(ClaimedJob Job, JobRetry Retry)> Retries { get; } = [];

    public List<(ClaimedJob Job, JobFailure Failure)> Failures { get; } = [];

    /// <summary>Jobs with no decision yet: on shutdown they are released.</summary>
    public IReadOnlyCollection<long> Open => _open.Keys;

    public void Deliver(ClaimedJob job)
    {
        if (_open.Remove(job.JobId))
            Delivered.Add(job);
    }

    public void Retry(ClaimedJob job, DateTimeOffset nextAttemptAt, string error)
    {
        if (_open.Remove(job.JobId))
            Retries.Add((job, new JobRetry(job.JobId, nextAttemptAt, error)));
    }

    public void Fail(ClaimedJob job, string error)
    {
        if (_open.Remove(job.JobId))
            Failures.Add((job, new JobFailure(job.JobId, error)));
    }
}

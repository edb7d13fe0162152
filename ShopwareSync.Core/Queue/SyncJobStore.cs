using Dapper;
using Npgsql;

namespace ShopwareSync.Core.Queue;

/// <summary>
/// The worker's side of shopware_sync.sync_job: claim due jobs under a lease, and settle them (complete,
/// retry, fail, release) in one round trip per batch. Every settling write checks the lease holder, so a
/// worker whose lease ran out cannot overwrite what another worker did since.
/// </summary>
/// <remarks>
/// Time in the SQL is the database's clock (one clock for all replicas); a test passes a fake
/// <see cref="TimeProvider"/> and the statements use its time instead.
/// </remarks>
public sealed class SyncJobStore(NpgsqlDataSource dataSource, TimeProvider timeProvider)
{
    // A concurrent app write can queue a pending job between a settling statement's snapshot and its
    // write; the statement then meets the unique index and is simply run again, when it sees that job.
    private const int UniqueConflictRetries = 3;
    private const string OnePendingIndex = "sync_job_one_pending_per_product_and_kind";

    /// <summary>Claims up to <paramref name="limit"/> due jobs of the given kinds for <paramref name="holder"/>.</summary>
    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string holder, IReadOnlyCollection<SyncJobKind> kinds, int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var parameters = new { holder, kinds = kinds.Select(KindColumnValue).ToArray(), limit, lease, now = Now() };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ClaimedJobRow>(new CommandDefinition(QueueSql.ClaimDueJobs, parameters, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToClaimedJob()).ToList();
    }

    /// <summary>Marks delivered jobs done. Returns how many were still leased to <paramref name="holder"/>.</summary>
    public Task<int> CompleteAsync(string holder, IReadOnlyCollection<long> jobIds, CancellationToken cancellationToken) =>
        ExecuteAsync(QueueSql.CompleteJobs, new { holder, job_ids = jobIds.ToArray(), now = Now() }, cancellationToken);

    /// <summary>Schedules another attempt of each job (or marks it done when a newer pending job supersedes it).</summary>
    public Task<int> RetryAsync(string holder, IReadOnlyCollection<JobRetry> retries, CancellationToken cancellationToken) =>
        ExecuteAsync(QueueSql.ScheduleRetries, new
        {
            holder,
            job_ids = retries.Select(retry => retry.JobId).ToArray(),
            next_attempt_ats = retries.Select(retry => retry.NextAttemptAt).ToArray(),
            errors = retries.Select(retry => retry.Error).ToArray(),
            now = Now(),
        }, cancellationToken);

    /// <summary>Fails jobs permanently with their reasons.</summary>
    public Task<int> FailAsync(string holder, IReadOnlyCollection<JobFailure> failures, CancellationToken cancellationToken) =>
        ExecuteAsync(QueueSql.FailJobs, new
        {
            holder,
            job_ids = failures.Select(failure => failure.JobId).ToArray(),
            errors = failures.Select(failure => failure.Error).ToArray(),
            now = Now(),
        }, cancellationToken);

    /// <summary>Hands untried jobs back (shutdown): pending and due now, the attempt not counted.</summary>
    public Task<int> ReleaseAsync(string holder, IReadOnlyCollection<long> jobIds, CancellationToken cancellationToken) =>
        ExecuteAsync(QueueSql.ReleaseJobs, new { holder, job_ids = jobIds.ToArray(), now = Now() }, cancellationToken);

    /// <summary>Takes back jobs whose lease expired (their holder died). Returns the jobs made pending again.</summary>
    public Task<IReadOnlyList<ClaimedJob>> RescueExpiredLeasesAsync(CancellationToken cancellationToken) =>
        RunAgainOnPendingConflictAsync<IReadOnlyList<ClaimedJob>>(async connection =>
        {
            var rows = await connection.QueryAsync<ClaimedJobRow>(new CommandDefinition(QueueSql.RescueExpiredLeases, new { now = Now() }, cancellationToken: cancellationToken));
            return rows.Select(row => row.ToClaimedJob()).ToList();
        }, cancellationToken);

    /// <summary>Deletes up to <paramref name="limit"/> done jobs finished before <paramref name="finishedBefore"/>.</summary>
    public Task<int> PruneAsync(DateTimeOffset finishedBefore, int limit, CancellationToken cancellationToken) =>
        ExecuteAsync(QueueSql.PruneFinishedJobs, new { finished_before = finishedBefore, limit }, cancellationToken);

    internal static string KindColumnValue(SyncJobKind kind) => kind switch
    {
        SyncJobKind.Stock => "stock",
        SyncJobKind.Catalog => "catalog",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        RunAgainOnPendingConflictAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)),
            cancellationToken);

    private async Task<T> RunAgainOnPendingConflictAsync<T>(Func<NpgsqlConnection, Task<T>> statement, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                return await statement(connection);
            }
            catch (PostgresException ex) when (IsPendingConflict(ex) && attempt < UniqueConflictRetries)
            {
            }
        }
    }

    private static bool IsPendingConflict(PostgresException ex) =>
        ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == OnePendingIndex;

    // Null in production: the statements then use the database's now().
    private DateTimeOffset? Now() => ReferenceEquals(timeProvider, TimeProvider.System) ? null : timeProvider.GetUtcNow();

    private sealed class ClaimedJobRow
    {
        public long JobId { get; init; }

        public string Kind { get; init; } = "";

        public string ProductNumber { get; init; } = "";

        public int Attempt { get; init; }

        public int ChangeCount { get; init; }

        public Guid CorrelationId { get; init; }

        public DateTime CreatedAt { get; init; }

        public ClaimedJob ToClaimedJob() => new(
            JobId,
            Kind switch
            {
                "stock" => SyncJobKind.Stock,
                "catalog" => SyncJobKind.Catalog,
                _ => throw new InvalidOperationException($"Job {JobId} has unknown kind '{Kind}'."),
            },
            ProductNumber,
            Attempt,
            ChangeCount,
            CorrelationId,
            new DateTimeOffset(DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc)));
    }
}

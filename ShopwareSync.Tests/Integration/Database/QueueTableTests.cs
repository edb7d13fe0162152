using Npgsql;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Database;

/// <summary>The queue table refuses states that make no sense, and its overview view explains it.</summary>
[TestFixture]
public sealed class QueueTableTests : DatabaseTest
{
    [TestCase("kind => 'order'", "sync_job_kind_known")]
    [TestCase("status => 'queued'", "sync_job_status_known")]
    [TestCase("product_number => ''", "sync_job_product_number_not_empty")]
    [TestCase("status => 'in_progress'", "sync_job_lease_iff_in_progress")]
    [TestCase("lease_holder => 'w1', lease_expires_at => now()", "sync_job_lease_iff_in_progress")]
    [TestCase("status => 'done'", "sync_job_finished_at_iff_finished")]
    [TestCase("last_error => 'boom'", "sync_job_error_has_class")]
    [TestCase("status => 'failed', finished_at => now(), error_class => 'retryable', last_error => 'HTTP 503'", "sync_job_failed_is_permanent")]
    [TestCase("attempts => -1", "sync_job_attempts_not_negative")]
    public async Task Insert_InconsistentJob_IsRejectedByNamedConstraint(string overrides, string constraint)
    {
        var values = DefaultJob();
        foreach (var pair in overrides.Split(", ").Select(pair => pair.Split(" => ")))
            values[pair[0]] = pair[1];
        // Column names and SQL literals come from the test cases above, not from input.
        var sql = $"INSERT INTO shopware_sync.sync_job ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Values)})";

        var error = await Assert.ThrowsAsync<PostgresException>(() => Database.ExecuteAsync(sql));

        Assert.That(error!.ConstraintName, Is.EqualTo(constraint));
    }

    [Test]
    public async Task Insert_ConsistentFailedJob_IsAccepted()
    {
        await Database.ExecuteAsync(
            """
            INSERT INTO shopware_sync.sync_job (kind, product_number, status, finished_at, error_class, last_error, reason)
            VALUES ('stock', 'SW-1', 'failed', now(), 'permanent', 'product SW-1 not found in Shopware', 'items update')
            """);

        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.sync_job WHERE status = 'failed'"), Is.EqualTo(1));
    }

    [Test]
    public async Task QueueOverview_ShowsEveryKindAndStatus_WithTheAgeOfTheOldestPendingJob()
    {
        await Database.ExecuteAsync(
            """
            INSERT INTO shopware_sync.sync_job (kind, product_number, reason, created_at, next_attempt_at)
            VALUES ('stock', 'A', 'test', now() - interval '90 seconds', now()),
                   ('stock', 'B', 'test', now() - interval '30 seconds', now() + interval '1 hour'),
                   ('catalog', 'A', 'test', now(), now());
            """);

        var rows = await Database.QueryAsync<(string Kind, string Status, int Jobs, int DueNow, TimeSpan? OldestAge)>(
            "SELECT kind, status, jobs, due_now, oldest_age FROM shopware_sync.queue_overview");

        Assert.That(rows, Has.Count.EqualTo(8));
        var stockPending = rows.Single(row => row is { Kind: "stock", Status: "pending" });
        Assert.That(stockPending.Jobs, Is.EqualTo(2));
        Assert.That(stockPending.DueNow, Is.EqualTo(1), "one job waits for its backoff");
        Assert.That(stockPending.OldestAge, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(90)).And.LessThan(TimeSpan.FromMinutes(10)));
        Assert.That(rows.Where(row => row.Status != "pending").Sum(row => row.Jobs), Is.Zero);
    }

    private static Dictionary<string, string> DefaultJob() => new()
    {
        ["kind"] = "'stock'",
        ["product_number"] = "'SW-1'",
        ["reason"] = "'test'",
    };
}

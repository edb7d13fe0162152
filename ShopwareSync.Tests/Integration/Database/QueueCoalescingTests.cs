using Dapper;
using Npgsql;
using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Database;

/// <summary>
/// At most one pending job per product and kind; a change during processing is kept as a new pending
/// job; a change to a job waiting for a retry is not swallowed; concurrent writers coalesce; one
/// NOTIFY per transaction.
/// </summary>
[TestFixture]
public sealed class QueueCoalescingTests : DatabaseTest
{
    private const string ClaimAll =
        """
        UPDATE shopware_sync.sync_job
        SET status = 'in_progress', lease_holder = 'test-worker', lease_expires_at = now() + interval '1 minute',
            attempts = attempts + 1, last_attempt_at = now(), updated_at = now()
        WHERE status = 'pending'
        """;

    private protected override Task SeedAsync(TestDatabase database) => InventoryTestData.SeedAsync(database);

    [Test]
    public async Task SecondChange_WhileJobPending_AddsNoRowAndCountsTheChange()
    {
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        await Database.ExecuteAsync(HostAppStatements.RemoveOneUnit, new { ItemUuid = "I-A2", Now });

        var jobs = await JobsAsync();
        Assert.That(jobs, Has.Count.EqualTo(1));
        Assert.That(jobs[0].ChangeCount, Is.EqualTo(2));
        Assert.That(jobs[0].Status, Is.EqualTo("pending"));
    }

    [Test]
    public async Task Change_WhileJobInProgress_QueuesNewPendingJob()
    {
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        await Database.ExecuteAsync(ClaimAll);

        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });

        var jobs = await JobsAsync();
        Assert.That(jobs.Select(job => (job.Key, job.Status)), Is.EqualTo(new[]
        {
            ($"stock:{Pieces}", "in_progress"),
            ($"stock:{Pieces}", "pending"),
        }));
    }

    [Test]
    public async Task Change_WhileJobWaitsForRetry_ResetsAttemptsAndKeepsBackoff()
    {
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        await Database.ExecuteAsync(ClaimAll);
        // The worker's retry: back to pending, later, with the error kept.
        await Database.ExecuteAsync(
            """
            UPDATE shopware_sync.sync_job
            SET status = 'pending', lease_holder = NULL, lease_expires_at = NULL,
                next_attempt_at = now() + interval '10 minutes', error_class = 'retryable', last_error = 'HTTP 503'
            """);
        var retryAt = await Database.ScalarAsync<DateTime>("SELECT next_attempt_at FROM shopware_sync.sync_job");

        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A2", Now });

        var jobs = await JobsAsync();
        Assert.That(jobs, Has.Count.EqualTo(1));
        Assert.That(jobs[0].Attempts, Is.Zero, "the new change has never been attempted");
        Assert.That(jobs[0].ChangeCount, Is.EqualTo(2));
        Assert.That(await Database.ScalarAsync<DateTime>("SELECT next_attempt_at FROM shopware_sync.sync_job"), Is.EqualTo(retryAt));
    }

    [Test]
    public async Task ConcurrentWriters_SameArticle_LeaveExactlyOnePendingJob()
    {
        await using var first = await Database.OpenAsync();
        await using var second = await Database.OpenAsync();
        await using var firstTransaction = await first.BeginTransactionAsync();
        await first.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now }, firstTransaction);

        // The second writer's enqueue must wait for the first one's uncommitted pending row.
        var secondPid = second.ProcessID;
        var secondWrite = Task.Run(async () =>
        {
            await using var transaction = await second.BeginTransactionAsync();
            await second.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A2", Now }, transaction);
            await transaction.CommitAsync();
        });
        await WaitUntilBlockedAsync(secondPid);
        Assert.That(secondWrite.IsCompleted, Is.False, "the second writer should wait for the first");

        await firstTransaction.CommitAsync();
        await secondWrite;

        var jobs = await JobsAsync();
        Assert.That(jobs.Select(job => (job.Key, job.Status, job.ChangeCount)), Is.EqualTo(new[] { ($"stock:{Pieces}", "pending", 2) }));
    }

    [Test]
    public async Task BulkUpdate_TenThousandItems_QueuesOneJobPerArticle()
    {
        const int articles = 1_000;
        const int itemsPerArticle = 10;
        await Database.ExecuteAsync(
            """
            INSERT INTO item_refs ("Artikel_Nummer", "Artikelbeschreibung")
            SELECT 'BULK-' || a, 'Artikel ' || a FROM generate_series(1, @articles) AS a;
            INSERT INTO items ("ItemUUID", "Artikel_Nummer", "UpdatedAt", "Auf_Lager")
            SELECT 'BULK-' || a || '-' || i, 'BULK-' || a, 'now', 1
            FROM generate_series(1, @articles) AS a, generate_series(1, @itemsPerArticle) AS i;
            DELETE FROM shopware_sync.sync_job;
            """, new { articles, itemsPerArticle });

        var updated = await Database.ExecuteAsync(
            """UPDATE items SET "Auf_Lager" = "Auf_Lager" + 1, "UpdatedAt" = 'later' WHERE "ItemUUID" LIKE 'BULK-%'""");
        var moved = await Database.ExecuteAsync(
            """UPDATE items SET "BoxID" = 'B-2', "UpdatedAt" = 'later still' WHERE "ItemUUID" LIKE 'BULK-%'""");

        Assert.That(updated, Is.EqualTo(articles * itemsPerArticle));
        Assert.That(moved, Is.EqualTo(articles * itemsPerArticle));
        var jobs = await JobsAsync();
        Assert.That(jobs, Has.Count.EqualTo(articles));
        Assert.That(jobs.Select(job => job.Kind).Distinct(), Is.EqualTo(new[] { "stock" }));
        Assert.That(jobs.Select(job => job.ProductNumber).Distinct().Count(), Is.EqualTo(articles));
    }

    [Test]
    public async Task Notify_OncePerTransactionAfterCommit_AndOnlyForNewPendingJobs()
    {
        await using var listener = await Database.OpenAsync();
        var notifications = new List<string>();
        listener.Notification += (_, e) => notifications.Add(e.Channel);
        await listener.ExecuteAsync("LISTEN shopware_sync_jobs");

        await using (var writer = await Database.OpenAsync())
        await using (var transaction = await writer.BeginTransactionAsync())
        {
            await writer.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now }, transaction);
            await writer.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-B1", Now }, transaction);
            await writer.ExecuteAsync(HostAppStatements.BulkShopStatus,
                new { ArticleNumber = Unknown, Price = (float?)9.5f, ShopArticle = (int?)null, Published = (string?)null }, transaction);
            Assert.That(await RoundTripAsync(listener), Is.Empty, "nothing is delivered before the commit");
            await transaction.CommitAsync();
        }

        Assert.That(await RoundTripAsync(listener), Is.EqualTo(new[] { "shopware_sync_jobs" }));

        await Database.ExecuteAsync(HostAppStatements.MoveToBox, new { ItemUuid = "I-A1", BoxId = "B-2", Location = "x", Now });
        Assert.That(await RoundTripAsync(listener), Is.EqualTo(new[] { "shopware_sync_jobs" }), "a change that queues nothing notifies nobody");

        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A2", Now });
        Assert.That(await RoundTripAsync(listener), Is.EqualTo(new[] { "shopware_sync_jobs" }), "a change absorbed by a pending job was already announced");

        await Database.ExecuteAsync("UPDATE shopware_sync.sync_job SET status = 'done', finished_at = now()");
        await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A2", Now });
        Assert.That(await RoundTripAsync(listener), Is.EqualTo(new[] { "shopware_sync_jobs", "shopware_sync_jobs" }), "a new pending job is announced");

        async Task<List<string>> RoundTripAsync(NpgsqlConnection connection)
        {
            // Notifications that are already due arrive before the answer to the next query.
            await connection.ExecuteAsync("SELECT 1");
            return notifications.ToList();
        }
    }

    private async Task WaitUntilBlockedAsync(int pid)
    {
        const string isWaitingForLock =
            "SELECT count(*) FROM pg_stat_activity WHERE pid = @pid AND wait_event_type = 'Lock'";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Database.ScalarAsync<long>(isWaitingForLock, new { pid }) == 0)
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Backend {pid} never waited for a lock.");
            await Task.Delay(10);
        }
    }

    private Task<IReadOnlyList<QueuedJob>> JobsAsync() => Database.QueryAsync<QueuedJob>(QueuedJob.SelectAll);
}

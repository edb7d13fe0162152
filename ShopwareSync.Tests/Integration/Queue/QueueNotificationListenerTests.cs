using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ShopwareSync.Core.Queue;
using ShopwareSync.Tests.Infrastructure;
using ShopwareSync.Worker.Services;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Queue;

/// <summary>An app write that queues a job wakes the worker through NOTIFY, long before its next poll.</summary>
[TestFixture]
public sealed class QueueNotificationListenerTests : DatabaseTest
{
    // The fake clock never advances: only a notification can end a wait.
    private static readonly TimeSpan PollInterval = TimeSpan.FromHours(1);

    private protected override Task SeedAsync(TestDatabase database) => InventoryTestData.SeedAsync(database);

    [Test]
    public async Task AppWrite_QueueingAJob_WakesTheWorker()
    {
        var clock = new FakeTimeProvider();
        var signal = new QueueWakeUpSignal(clock);
        await using var dataSource = NpgsqlDataSource.Create(Database.ConnectionString);
        using var listener = new QueueNotificationListener(dataSource, signal, clock, NullLogger<QueueNotificationListener>.Instance);
        await listener.StartAsync(CancellationToken.None);
        try
        {
            // Every (re)connect wakes the worker once, so it catches up with what it may have missed.
            Assert.That(await WaitAsync(signal), Is.True, "woken on connect");

            await Database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });

            Assert.That(await WaitAsync(signal), Is.True, "woken by the app's write");
        }
        finally
        {
            await listener.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<bool> WaitAsync(QueueWakeUpSignal signal)
    {
        // Real time only bounds a broken test; a working listener answers in milliseconds.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await signal.WaitAsync(PollInterval, timeout.Token);
    }
}

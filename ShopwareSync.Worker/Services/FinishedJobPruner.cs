using Microsoft.Extensions.Options;
using Npgsql;
using ShopwareSync.Core.Queue;
using ShopwareSync.Core.Sync;

namespace ShopwareSync.Worker.Services;

/// <summary>
/// Deletes delivered jobs older than Sync:DoneRetention, every few minutes, in chunks. Only one replica does it
/// at a time: the one that gets the advisory lock.
/// </summary>
internal sealed class FinishedJobPruner(
    NpgsqlDataSource dataSource,
    SyncJobStore store,
    IOptionsMonitor<SyncWorkerOptions> options,
    TimeProvider timeProvider,
    ILogger<FinishedJobPruner> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private const int ChunkSize = 1000;

    // "SWSYNC" followed by 0x0002 (0x5357_5359_4E43_0002); migrate uses 0x0001.
    private const string TryLockSql = "SELECT pg_try_advisory_lock(6005360271152054274)";
    private const string UnlockSql = "SELECT pg_advisory_unlock(6005360271152054274)";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PruneOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Log.PruneFailed(logger, ex);
            }

            try
            {
                await Task.Delay(Interval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Prunes what is due, when this replica holds the lock. Returns the number of jobs deleted.</summary>
    public async Task<int> PruneOnceAsync(CancellationToken cancellationToken)
    {
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var tryLock = new NpgsqlCommand(TryLockSql, lockConnection))
        {
            if (!(bool)(await tryLock.ExecuteScalarAsync(cancellationToken))!)
                return 0;
        }

        try
        {
            var cutOff = timeProvider.GetUtcNow() - options.CurrentValue.DoneRetention;
            var total = 0;
            int deleted;
            do
            {
                deleted = await store.PruneAsync(cutOff, ChunkSize, cancellationToken);
                total += deleted;
            }
            while (deleted == ChunkSize);

            if (total > 0)
                Log.Pruned(logger, total, cutOff);
            return total;
        }
        finally
        {
            await using var unlock = new NpgsqlCommand(UnlockSql, lockConnection);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }
    }
}

using Microsoft.Extensions.Options;
using ShopwareSync.Core.Queue;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Sync;

namespace ShopwareSync.Worker.Services;

/// <summary>
/// Drains stock jobs while the stock sync toggle is on: a batch at a time, straight on while batches come back
/// full, otherwise waiting for a queue notification or the poll interval. Failures are logged and waited out,
/// never allowed to stop the process. On shutdown it claims nothing new and lets the batch in hand finish; if
/// the host's shutdown timeout runs out first, the batch's unfinished jobs are released.
/// </summary>
internal sealed class StockSyncService(
    IServiceScopeFactory scopes,
    QueueWakeUpSignal signal,
    IOptionsMonitor<ShopwareOptions> shopware,
    IOptionsMonitor<SyncWorkerOptions> sync,
    TimeProvider timeProvider,
    ILogger<StockSyncService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxFailureDelay = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _abandonBatch = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var consecutiveFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!shopware.CurrentValue.Features.StockSyncActive)
            {
                await WaitForWorkAsync(stoppingToken);
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<StockSyncProcessor>().RunOnceAsync(_abandonBatch.Token);
                consecutiveFailures = 0;
                if (outcome.Claimed >= shopware.CurrentValue.BatchSize)
                    continue;
            }
            catch (OperationCanceledException) when (_abandonBatch.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or Shopware is away, or a bug: the jobs stay in the queue (an unsettled batch
                // comes back when its lease runs out), and the worker tries again after a pause.
                consecutiveFailures++;
                var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, consecutiveFailures), MaxFailureDelay.TotalSeconds));
                Log.BatchFailed(logger, ex, consecutiveFailures, delay);
                await PauseAsync(delay, stoppingToken);
                continue;
            }

            await WaitForWorkAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host cancels this token when its shutdown timeout runs out: then the batch in hand is abandoned.
        await using var registration = cancellationToken.Register(_abandonBatch.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abandonBatch.Dispose();
        base.Dispose();
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(sync.CurrentValue.PollInterval, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PauseAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

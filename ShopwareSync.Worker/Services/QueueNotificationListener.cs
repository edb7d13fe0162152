using Npgsql;
using ShopwareSync.Core.Queue;

namespace ShopwareSync.Worker.Services;

/// <summary>
/// Holds one database connection that LISTENs on shopware_sync_jobs and turns each notification into a
/// wake-up of the sync worker. A lost connection is re-opened after a pause; the worker's poll interval
/// covers the gap, and every (re)connect wakes the worker once in case it missed something.
/// </summary>
internal sealed class QueueNotificationListener(
    NpgsqlDataSource dataSource,
    QueueWakeUpSignal signal,
    TimeProvider timeProvider,
    ILogger<QueueNotificationListener> logger) : BackgroundService
{
    public const string Channel = "shopware_sync_jobs";

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(5);

    // A silent network failure would leave WaitAsync blocked for ever: check the connection this often.
    private static readonly TimeSpan LivenessCheckInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                Log.ListenFailed(logger, ex, ReconnectDelay);
                await Task.Delay(ReconnectDelay, timeProvider, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, _) => signal.Signal();
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        Log.Listening(logger, Channel);
        signal.Signal();

        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(LivenessCheckInterval, stoppingToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(stoppingToken);
            }
        }
    }
}

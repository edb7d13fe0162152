using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using ShopwareSync.Core.Database;

namespace ShopwareSync.Core.Observability;

/// <summary>
/// Refreshes the queue gauges from one query every <see cref="MetricsOptions.QueueSampleInterval"/>, so a scrape
/// never touches the database and many scrapers cost nothing extra. A failed sample is logged and the gauges keep
/// their values (shopware_sync_queue_sampled_timestamp_seconds goes stale).
/// </summary>
public sealed class QueueMetricsSampler(
    NpgsqlDataSource dataSource,
    QueueMetrics metrics,
    IOptionsMonitor<MetricsOptions> options,
    TimeProvider timeProvider,
    ILogger<QueueMetricsSampler> logger) : BackgroundService
{
    /// <summary>Reads the queue once and sets the gauges.</summary>
    public async Task SampleOnceAsync(CancellationToken cancellationToken)
    {
        // Null in production: the statement then uses the database's now(), as the queue's statements do.
        var now = ReferenceEquals(timeProvider, TimeProvider.System) ? (DateTimeOffset?)null : timeProvider.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<QueueSampleRow>(new CommandDefinition(
            EmbeddedSql.Load("Observability", "SampleQueue"), new { now }, cancellationToken: cancellationToken));
        metrics.Record(rows.ToList(), timeProvider.GetUtcNow());
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var interval = options.CurrentValue.QueueSampleInterval;
            try
            {
                await SampleOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Log.QueueSampleFailed(logger, ex, (long)interval.TotalMilliseconds);
            }

            try
            {
                await Task.Delay(interval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

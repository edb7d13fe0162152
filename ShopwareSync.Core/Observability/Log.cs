using Microsoft.Extensions.Logging;

namespace ShopwareSync.Core.Observability;

/// <summary>Log messages of the metrics capability; event ids 4000-4099.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning,
        Message = "Sampling the queue for the metrics failed; the queue gauges keep their last values until the next sample in {IntervalMs} ms")]
    public static partial void QueueSampleFailed(ILogger logger, Exception exception, long intervalMs);
}

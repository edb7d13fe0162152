namespace ShopwareSync.Worker.Services;

/// <summary>Log messages of the worker's hosted services; event ids 2100-2399.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Listening for queue notifications on {Channel}")]
    public static partial void Listening(ILogger logger, string channel);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Listening for queue notifications failed; polling only, reconnecting in {ReconnectDelay}")]
    public static partial void ListenFailed(ILogger logger, Exception exception, TimeSpan reconnectDelay);

    [LoggerMessage(EventId = 2200, Level = LogLevel.Error, Message = "Stock batch failed ({ConsecutiveFailures} in a row); trying again in {Delay}")]
    public static partial void BatchFailed(ILogger logger, Exception exception, int consecutiveFailures, TimeSpan delay);

    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "Pruned {Count} delivered job(s) finished before {CutOff}")]
    public static partial void Pruned(ILogger logger, int count, DateTimeOffset cutOff);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Pruning delivered jobs failed; trying again later")]
    public static partial void PruneFailed(ILogger logger, Exception exception);
}

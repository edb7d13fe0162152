using Microsoft.Extensions.Logging;

namespace ShopwareSync.Core.Shopware;

/// <summary>Log messages of the Shopware client; event ids 2000-2099. Never a token, secret or request body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information,
        Message = "Shopware {Method} {Path} answered {StatusCode} in {DurationMs} ms (attempt {Attempt}, correlation {CorrelationId})")]
    public static partial void CallCompleted(ILogger logger, string method, string path, int statusCode, long durationMs, int attempt, string? correlationId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Shopware {Method} {Path} answered {StatusCode} in {DurationMs} ms (attempt {Attempt}, correlation {CorrelationId})")]
    public static partial void CallAnsweredWithError(ILogger logger, string method, string path, int statusCode, long durationMs, int attempt, string? correlationId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Shopware {Method} {Path} got no response after {DurationMs} ms (attempt {Attempt}, correlation {CorrelationId}): {ErrorType}: {ErrorMessage}")]
    public static partial void CallFailed(ILogger logger, string method, string path, long durationMs, int attempt, string? correlationId, string errorType, string errorMessage);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information,
        Message = "Signed in to Shopware ({Grant}); the token is valid for {ExpiresInSeconds} s and is replaced at {RefreshAt:O}")]
    public static partial void TokenAcquired(ILogger logger, ShopwareGrant grant, double expiresInSeconds, DateTimeOffset refreshAt);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning,
        Message = "Shopware rejected the access token for {Method} {Path}; signing in again and repeating the request once")]
    public static partial void TokenRejected(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Warning,
        Message = "Retrying Shopware {Method} {Path} in {DelayMs} ms (retry {Attempt}) after {Outcome}")]
    public static partial void RetryScheduled(ILogger logger, string method, string path, long delayMs, int attempt, string outcome);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Error,
        Message = "Shopware circuit opened for {BreakDurationMs} ms after {Outcome}; calls fail fast until then")]
    public static partial void CircuitOpened(ILogger logger, long breakDurationMs, string outcome);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Information, Message = "Shopware circuit half-open: letting one trial call through")]
    public static partial void CircuitHalfOpened(ILogger logger);

    [LoggerMessage(EventId = 2023, Level = LogLevel.Information, Message = "Shopware circuit closed: calls flow again")]
    public static partial void CircuitClosed(ILogger logger);
}

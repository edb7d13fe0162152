using Microsoft.Extensions.Logging;

namespace ShopwareSync.Core.Database;

/// <summary>Log messages of the database capability; event ids 1000-1099.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Applied {ScriptCount} migration(s): {Scripts}")]
    public static partial void MigrationsApplied(ILogger logger, int scriptCount, IReadOnlyList<string> scripts);

    [LoggerMessage(EventId = 1001, Message = "DbUp: {DbUpMessage:l}")]
    public static partial void DbUpMessage(ILogger logger, LogLevel level, string dbUpMessage, Exception? exception);
}

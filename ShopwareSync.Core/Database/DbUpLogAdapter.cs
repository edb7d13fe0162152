using System.Globalization;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;

namespace ShopwareSync.Core.Database;

/// <summary>Routes DbUp's own messages (which script runs, which failed) into the host's logging.</summary>
internal sealed class DbUpLogAdapter(ILogger logger) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) => Write(LogLevel.Trace, format, args);

    public void LogDebug(string format, params object[] args) => Write(LogLevel.Debug, format, args);

    public void LogInformation(string format, params object[] args) => Write(LogLevel.Information, format, args);

    public void LogWarning(string format, params object[] args) => Write(LogLevel.Warning, format, args);

    public void LogError(string format, params object[] args) => Write(LogLevel.Error, format, args);

    public void LogError(Exception ex, string format, params object[] args) => Write(LogLevel.Error, format, args, ex);

    private void Write(LogLevel level, string format, object[] args, Exception? exception = null)
    {
        if (!logger.IsEnabled(level))
            return;
        // DbUp's templates are composite format strings, not message templates.
        var message = args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        Log.DbUpMessage(logger, level, message, exception);
    }
}

using Serilog;
using Serilog.Formatting.Compact;

namespace ShopwareSync.Worker.Hosting;

/// <summary>
/// Serilog to the console: compact JSON when the output goes to a file, a pipe or a log collector,
/// readable text in a terminal. Logs:Format = json | text overrides the guess.
/// </summary>
internal static class LoggingSetup
{
    /// <summary>
    /// The logger of what happens before and around the host (a bad setting, a failed verb), in the same format
    /// as the host's. Not a reloadable bootstrap logger: that one can be frozen only once per process, and tests
    /// start several hosts in one process.
    /// </summary>
    public static Serilog.ILogger CreateBootstrapLogger()
    {
        var logger = new LoggerConfiguration();
        Configure(logger, new ConfigurationBuilder().AddEnvironmentVariables().Build());
        return logger.CreateLogger();
    }

    public static void Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        logger.ReadFrom.Configuration(configuration).Enrich.FromLogContext();
        var format = configuration["Logs:Format"];
        var json = format is null ? Console.IsOutputRedirected : string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);
        if (json)
            logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        else
            logger.WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
}

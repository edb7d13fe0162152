using System.CommandLine;
using Microsoft.Extensions.Options;
using Serilog;
using ShopwareSync.Worker.Commands;
using ShopwareSync.Worker.Hosting;

namespace ShopwareSync.Worker;

/// <summary>Entry point: parses the command line and runs the worker or one of the operator's verbs.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        // Catches what goes wrong before the host's own logger exists (bad configuration, say).
        Log.Logger = LoggingSetup.CreateBootstrapLogger();
        try
        {
            // Exceptions reach the handlers below instead of System.CommandLine's stack-trace printer.
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
            return await ShopwareSyncCommandLine.Create().Parse(args).InvokeAsync(invocation);
        }
        catch (OptionsValidationException ex)
        {
            // A configuration mistake: name the settings, skip the stack trace.
            Log.Fatal("Invalid configuration: {Failures}", string.Join(" ", ex.Failures));
            return 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.Fatal(ex, "ShopwareSync stopped: {Reason}", ex.Message);
            return 1;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }
}

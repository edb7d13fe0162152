using System.CommandLine;
using ShopwareSync.Worker.Hosting;

namespace ShopwareSync.Worker.Commands;

/// <summary>The verbs: none runs the worker; migrate applies the database migrations.</summary>
internal static class ShopwareSyncCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "ShopwareSync keeps the inventory database and a Shopware 6 shop in sync. Without a verb it runs the worker.");
        // Without a verb, the remaining tokens are the host's own (--urls=..., --Database:ConnectionString=...);
        // WebApplicationFactory passes its settings this way too.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(async (parseResult, cancellationToken) =>
        {
            await WorkerApplication.Build([.. parseResult.UnmatchedTokens]).RunAsync(cancellationToken);
            return 0;
        });
        // Verbs take their settings from the environment and appsettings.json, and reject unknown tokens:
        // a mistyped --dry-run must not turn into a real run.
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(ProbeCommand.Create());
        return root;
    }
}

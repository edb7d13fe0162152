using System.CommandLine;
using ShopwareSync.Worker.Hosting;

namespace ShopwareSync.Worker.Commands;

/// <summary>The verbs: none runs the worker; migrate applies the database migrations.</summary>
internal static class ShopwareSyncCommandLine
{
    public static RootCommand Create(string[] args)
    {
        var root = new RootCommand(
            "ShopwareSync keeps the inventory database and a Shopware 6 shop in sync. Without a verb it runs the worker.");
        // Run without a verb: WebApplicationFactory calls Main this way too.
        root.SetAction(async (_, cancellationToken) =>
        {
            await WorkerApplication.Build(args).RunAsync(cancellationToken);
            return 0;
        });
        root.Subcommands.Add(MigrateCommand.Create(args));
        return root;
    }
}

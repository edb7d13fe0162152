using System.CommandLine;
using ShopwareSync.Core.Database;
using ShopwareSync.Worker.Hosting;

namespace ShopwareSync.Worker.Commands;

/// <summary>
/// migrate: applies db/migrations to the configured database. Safe to run on every deployment and from
/// several replicas at once (they serialize on an advisory lock); applied scripts are skipped.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "List the scripts that would run, change nothing." };
        var command = new Command("migrate", "Create or update ShopwareSync's schema (shopware_sync) and its triggers.")
        {
            dryRun,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = WorkerApplication.BuildCommandHost();
            var migrator = host.Services.GetRequiredService<SchemaMigrator>();
            if (parseResult.GetValue(dryRun))
            {
                var pending = await migrator.PendingScriptsAsync(cancellationToken);
                await Console.Out.WriteLineAsync(pending.Count == 0
                    ? "Nothing to apply: the database is up to date."
                    : $"Would apply {pending.Count} script(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", pending)}");
                return 0;
            }

            var applied = await migrator.MigrateAsync(cancellationToken);
            await Console.Out.WriteLineAsync(applied.Count == 0
                ? "Nothing to apply: the database is up to date."
                : $"Applied {applied.Count} script(s).");
            return 0;
        });
        return command;
    }
}

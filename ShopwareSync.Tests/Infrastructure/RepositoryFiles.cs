namespace ShopwareSync.Tests.Infrastructure;

/// <summary>The repository's SQL files as the test project copies them next to its assembly.</summary>
internal static class RepositoryFiles
{
    private static readonly string DbDirectory = Path.Combine(AppContext.BaseDirectory, "db");

    /// <summary>db/app: the host application's tables, as the app creates them.</summary>
    public static IReadOnlyList<string> AppSchemaScripts => SqlFilesIn("app");

    /// <summary>db/migrations in name order, as a DBA would run them with psql.</summary>
    public static IReadOnlyList<string> MigrationScripts => SqlFilesIn("migrations");

    public static string RoleScript => Path.Combine(DbDirectory, "roles", "create_worker_role.sql");

    private static List<string> SqlFilesIn(string folder) =>
        Directory.GetFiles(Path.Combine(DbDirectory, folder), "*.sql").Order(StringComparer.Ordinal).ToList();
}

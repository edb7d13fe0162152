using System.Collections.Concurrent;

namespace ShopwareSync.Core.Database;

/// <summary>
/// Runtime SQL lives in .sql files beside the class that runs it, embedded in this assembly; this loads one
/// by its folder and name (e.g. "Queue", "ClaimDueJobs") and keeps it.
/// </summary>
internal static class EmbeddedSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Load(string folder, string name) => Cache.GetOrAdd($"ShopwareSync.Core.{folder}.{name}.sql", static resource =>
    {
        using var stream = typeof(EmbeddedSql).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded SQL {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}

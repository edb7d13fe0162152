using Npgsql;

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>Runs SQL files with psql, the way a DBA applies them.</summary>
internal static class Psql
{
    public static Task<string> RunFileAsync(TestDatabase database, string file, IReadOnlyDictionary<string, string>? variables = null, string? user = null, bool singleTransaction = true)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var arguments = new List<string>
        {
            "--no-psqlrc", "--quiet", "-v", "ON_ERROR_STOP=1",
            "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", user ?? builder.Username!, "-d", builder.Database!, "-f", file,
        };
        if (singleTransaction)
            arguments.Add("--single-transaction");
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
            arguments.AddRange(["-v", $"{name}={value}"]);

        var environment = new Dictionary<string, string>();
        if (builder.Password is { } password)
            environment["PGPASSWORD"] = password;
        var psql = database.Server.BinDirectory is { } bin ? Path.Combine(bin, "psql") : "psql";
        return ExternalProcess.RunAsync(psql, arguments, TimeSpan.FromSeconds(60), environment);
    }
}

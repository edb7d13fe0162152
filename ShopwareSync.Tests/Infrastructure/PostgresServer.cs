using Npgsql;

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of a test run: a throwaway cluster started from the local server binaries
/// (initdb + pg_ctl, unix socket in a temp folder, fsync off), or an existing server named by
/// SHOPWARESYNC_TEST_POSTGRES (a connection string of a user that may create databases and roles).
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    public const string ExistingServerVariable = "SHOPWARESYNC_TEST_POSTGRES";
    public const string BinariesVariable = "PG_BIN";

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    private readonly string? _clusterDirectory;
    private readonly string? _osUser;

    private PostgresServer(string adminConnectionString, string? binDirectory, string? clusterDirectory, string? osUser)
    {
        AdminConnectionString = adminConnectionString;
        BinDirectory = binDirectory;
        _clusterDirectory = clusterDirectory;
        _osUser = osUser;
    }

    /// <summary>Superuser connection to the maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Folder of psql, pgbench and friends, when known.</summary>
    public string? BinDirectory { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingServerVariable);
        if (!string.IsNullOrWhiteSpace(existing))
            return new PostgresServer(existing, FindBinDirectory(required: false), clusterDirectory: null, osUser: null);

        var bin = FindBinDirectory(required: true)!;
        var directory = Directory.CreateTempSubdirectory("shopwaresync-pg-").FullName;
        // initdb refuses to run as root; the cluster then belongs to an unprivileged user.
        var osUser = Environment.IsPrivilegedProcess ? await UnprivilegedUserAsync() : null;
        if (osUser is not null)
            await ExternalProcess.RunAsync("chown", ["-R", osUser, directory], ToolTimeout);

        var data = Path.Combine(directory, "data");
        await RunAsAsync(osUser, Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        // Without -l, pg_ctl keeps our output pipes open and the test run hangs.
        await RunAsAsync(osUser, Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "start", "-o",
             $"-c listen_addresses='' -k {directory} -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"]);

        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = directory,
            Port = 5432,
            Username = "postgres",
            Database = "postgres",
        }.ConnectionString;
        return new PostgresServer(connectionString, bin, directory, osUser);
    }

    public async ValueTask DisposeAsync()
    {
        if (_clusterDirectory is null || BinDirectory is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await RunAsAsync(_osUser, Path.Combine(BinDirectory, "pg_ctl"),
            ["-D", Path.Combine(_clusterDirectory, "data"), "-m", "immediate", "-w", "stop"]);
        Directory.Delete(_clusterDirectory, recursive: true);
    }

    private static Task<string> RunAsAsync(string? osUser, string tool, string[] arguments) =>
        osUser is null
            ? ExternalProcess.RunAsync(tool, arguments, ToolTimeout)
            : ExternalProcess.RunAsync("runuser", ["-u", osUser, "--", tool, .. arguments], ToolTimeout);

    private static async Task<string> UnprivilegedUserAsync()
    {
        try
        {
            await ExternalProcess.RunAsync("id", ["-u", "postgres"], ToolTimeout);
            return "postgres";
        }
        catch (InvalidOperationException)
        {
            return "nobody";
        }
    }

    private static string? FindBinDirectory(bool required)
    {
        var configured = Environment.GetEnvironmentVariable(BinariesVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) || !required
                ? configured
                : throw new InvalidOperationException($"{BinariesVariable}={configured} holds no initdb.");
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        if (installed is null && required)
        {
            throw new InvalidOperationException(
                "No PostgreSQL server binaries (initdb, pg_ctl) were found under /usr/lib/postgresql/*/bin. " +
                "Install them (scripts/test.sh does: apt-get install postgresql), point " + BinariesVariable +
                " at their folder, or name an existing server in " + ExistingServerVariable + ".");
        }
        return installed;
    }
}

using System.Diagnostics;
using ShopwareSync.Tests.Infrastructure;
using static ShopwareSync.Tests.Infrastructure.InventoryTestData;

namespace ShopwareSync.Tests.Integration.Worker;

/// <summary>
/// The worker as the Dockerfile builds it: its own 'dotnet publish' line, then the published program run
/// as an operator runs it (migrate twice on a database holding the app's data, bad configuration).
/// </summary>
[TestFixture]
public sealed class PublishTests
{
    private string _publishDirectory = null!;

    [OneTimeSetUp]
    public async Task PublishAsTheDockerfileDoesAsync()
    {
        _publishDirectory = Directory.CreateTempSubdirectory("shopwaresync-publish-").FullName;
        var dockerfile = await File.ReadAllLinesAsync(System.IO.Path.Combine(RepositoryRoot.Path, "Dockerfile"));
        var publish = dockerfile.Single(line => line.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        var arguments = publish["RUN dotnet ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var output = arguments.IndexOf("--output");
        Assert.That(output, Is.GreaterThan(0), "the Dockerfile publishes with --output");
        arguments[output + 1] = _publishDirectory;

        await ExternalProcess.RunAsync("dotnet", arguments, TimeSpan.FromMinutes(5), new Dictionary<string, string>(), RepositoryRoot.Path);
    }

    [OneTimeTearDown]
    public void DeletePublishDirectory() => Directory.Delete(_publishDirectory, recursive: true);

    [Test]
    public async Task Help_ListsTheVerbs()
    {
        var (exitCode, output) = await RunWorkerAsync(["--help"], new Dictionary<string, string>());

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("migrate"));
    }

    [Test]
    public async Task Migrate_TwiceOnAppDatabaseWithData_SucceedsAndKeepsTheData()
    {
        await using var database = await TestDatabase.CreateAppOnlyAsync();
        await database.ExecuteAsync(HostAppStatements.InsertBox, new { BoxId = "B-1", Now });
        await database.ExecuteAsync(HostAppStatements.UpsertReference, Reference(Pieces, "Akku 18V", 19.99f, "Stk"));
        await database.ExecuteAsync(HostAppStatements.UpsertInstance, Instance("I-1", Pieces, 4));
        var environment = new Dictionary<string, string> { ["Database__ConnectionString"] = database.ConnectionString };

        var first = await RunWorkerAsync(["migrate"], environment);
        var second = await RunWorkerAsync(["migrate"], environment);
        var dryRun = await RunWorkerAsync(["migrate", "--dry-run"], environment);

        Assert.That(first.ExitCode, Is.Zero, first.Output);
        Assert.That(second.ExitCode, Is.Zero, second.Output);
        Assert.That(second.Output, Does.Contain("Nothing to apply"));
        Assert.That(dryRun.Output, Does.Contain("Nothing to apply"));
        Assert.That(await database.ScalarAsync<long>("SELECT stock FROM shopware_sync.product_source"), Is.EqualTo(4));
    }

    [Test]
    public async Task Migrate_WithoutConnectionString_ExitsWithTheSettingsName()
    {
        var (exitCode, output) = await RunWorkerAsync(["migrate"], new Dictionary<string, string> { ["Database__ConnectionString"] = "" });

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("Database__ConnectionString"));
    }

    [Test]
    public async Task Migrate_UnreachableDatabase_FailsWithoutPrintingThePassword()
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = "Host=/nonexistent;Username=sync;Password=hunter2-secret;Timeout=2",
        };

        var (exitCode, output) = await RunWorkerAsync(["migrate"], environment);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Not.Contain("hunter2-secret"));
    }

    [Test]
    public async Task Worker_Sigterm_StopsGracefullyWithExitCodeZero()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var port = FreeLoopbackPort.Next();
        var startInfo = WorkerStartInfo([], new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Urls"] = $"http://127.0.0.1:{port}",
        });
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await IsLiveAsync(http, port) && DateTime.UtcNow < deadline && !process.HasExited)
            await Task.Delay(50);

        await ExternalProcess.RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.That(process.ExitCode, Is.Zero, await output + await errors);
        Assert.That(await output, Does.Contain("Application is shutting down"));
    }

    [Test]
    public async Task Worker_SyncingWithEveryLogLevelOn_NeverPrintsPasswordsSecretsOrTokens()
    {
        const string databasePassword = "db-password-7f3a";
        await using var database = await TestDatabase.CreateMigratedAsync();
        await InventoryTestData.SeedAsync(database);
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.Seed(new ShopwareSync.Sandbox.Control.SeedProductRequest(Pieces, 0));
        var store = sandbox.GetRequiredService<ShopwareSync.Sandbox.State.SandboxStore>();
        var port = FreeLoopbackPort.Next();
        var environment = new Dictionary<string, string>
        {
            // Trust authentication ignores the password; it is there to be leaked, or not.
            ["Database__ConnectionString"] = database.ConnectionString + $";Password={databasePassword}",
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Shopware__BaseUrl"] = sandbox.BaseAddress.ToString().TrimEnd('/'),
            ["Shopware__ClientId"] = SandboxServer.AccessKeyId,
            ["Shopware__ClientSecret"] = SandboxServer.SecretAccessKey,
            ["Shopware__Features__Enabled"] = "true",
            ["Shopware__Features__StockSync"] = "true",
            ["Serilog__MinimumLevel__Default"] = "Verbose",
            ["Serilog__MinimumLevel__Override__Microsoft"] = "Verbose",
            ["Serilog__MinimumLevel__Override__System"] = "Verbose",
            ["Serilog__MinimumLevel__Override__Polly"] = "Verbose",
        };
        using var process = Process.Start(WorkerStartInfo([], environment))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await IsLiveAsync(http, port) && DateTime.UtcNow < deadline && !process.HasExited)
            await Task.Delay(50);

        await database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        while (store.Current.FindProductByNumber(Pieces)!.Stock != 3 && DateTime.UtcNow < deadline && !process.HasExited)
            await Task.Delay(50);
        await ExternalProcess.RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var printed = await output + await errors;

        Assert.That(store.Current.FindProductByNumber(Pieces)!.Stock, Is.EqualTo(3), "the worker really synced, so it really signed in");
        Assert.That(printed, Does.Contain("/api/oauth/token"), "requests were logged");
        Assert.That(printed, Does.Not.Contain(SandboxServer.SecretAccessKey));
        Assert.That(printed, Does.Not.Contain(databasePassword));
        Assert.That(System.Text.RegularExpressions.Regex.IsMatch(printed, @"eyJ[A-Za-z0-9_-]+\.eyJ"), Is.False, "no access token");
    }

    [Test]
    public async Task Worker_KilledMidBatch_AnotherWorkerDeliversItsJobsOnceTheLeaseRunsOut()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await InventoryTestData.SeedAsync(database);
        // Every request waits a minute: the first worker is certainly inside its batch when it is killed.
        await using var sandbox = await SandboxServer.StartAsync(new Dictionary<string, string?> { ["Sandbox:Faults:Latency"] = "00:01:00" });
        sandbox.Seed(new(Pieces, 0), new(Bulk, 0));
        var store = sandbox.GetRequiredService<ShopwareSync.Sandbox.State.SandboxStore>();
        var counters = sandbox.GetRequiredService<ShopwareSync.Sandbox.Observability.SandboxCounters>();
        var environment = new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Shopware__BaseUrl"] = sandbox.BaseAddress.ToString().TrimEnd('/'),
            ["Shopware__ClientId"] = SandboxServer.AccessKeyId,
            ["Shopware__ClientSecret"] = SandboxServer.SecretAccessKey,
            ["Shopware__Features__Enabled"] = "true",
            ["Shopware__Features__StockSync"] = "true",
            ["Sync__LeaseDuration"] = "00:00:10",
            ["Sync__PollInterval"] = "00:00:01",
        };

        using var doomed = Process.Start(WorkerStartInfo([], new Dictionary<string, string>(environment) { ["Urls"] = $"http://127.0.0.1:{FreeLoopbackPort.Next()}", ["Sync__WorkerName"] = "doomed" }))!;
        _ = doomed.StandardOutput.ReadToEndAsync();
        _ = doomed.StandardError.ReadToEndAsync();
        await database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-A1", Now });
        await database.ExecuteAsync(HostAppStatements.AddOneUnit, new { ItemUuid = "I-B1", Now });
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (counters.RequestsInLatency == 0 && DateTime.UtcNow < deadline && !doomed.HasExited)
            await Task.Delay(20);
        doomed.Kill();
        await doomed.WaitForExitAsync();
        var heldByTheDead = await database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.sync_job WHERE status = 'in_progress' AND lease_holder = 'doomed'");
        sandbox.GetRequiredService<ShopwareSync.Sandbox.Faults.FaultSwitchboard>().Apply(new ShopwareSync.Sandbox.Faults.SandboxFaultOptions());

        using var survivor = Process.Start(WorkerStartInfo([], new Dictionary<string, string>(environment) { ["Urls"] = $"http://127.0.0.1:{FreeLoopbackPort.Next()}", ["Sync__WorkerName"] = "survivor" }))!;
        var survivorOutput = survivor.StandardOutput.ReadToEndAsync();
        _ = survivor.StandardError.ReadToEndAsync();
        while ((store.Current.FindProductByNumber(Pieces)!.Stock != 3 || store.Current.FindProductByNumber(Bulk)!.Stock != 41) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        await ExternalProcess.RunAsync("kill", ["-TERM", survivor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        await survivor.WaitForExitAsync();

        Assert.That(heldByTheDead, Is.EqualTo(2), "the killed worker held both jobs");
        Assert.That((store.Current.FindProductByNumber(Pieces)!.Stock, store.Current.FindProductByNumber(Bulk)!.Stock), Is.EqualTo((3, 41)), await survivorOutput);
        Assert.That(await database.QueryAsync<string>("SELECT last_error FROM shopware_sync.sync_job WHERE kind = 'stock'"), Is.All.EqualTo("lease of doomed expired"));
    }

    private static async Task<bool> IsLiveAsync(HttpClient http, int port)
    {
        try
        {
            return (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/live"))).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }


    private async Task<(int ExitCode, string Output)> RunWorkerAsync(string[] arguments, Dictionary<string, string> environment)
    {
        using var process = Process.Start(WorkerStartInfo(arguments, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private ProcessStartInfo WorkerStartInfo(string[] arguments, Dictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Not the publish folder: the worker must find its appsettings.json by itself.
            WorkingDirectory = Path.GetTempPath(),
        };
        startInfo.ArgumentList.Add(System.IO.Path.Combine(_publishDirectory, "shopware-sync.dll"));
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        foreach (var (key, value) in environment)
            startInfo.Environment[key] = value;
        return startInfo;
    }
}

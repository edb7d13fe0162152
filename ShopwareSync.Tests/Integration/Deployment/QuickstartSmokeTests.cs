using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>
/// The README's first command, in its scripted mode: PostgreSQL, demo catalogue, migrations, sandbox and worker,
/// a stock change of 50 articles, and the whole catalogue matching in the shop. Keeps the quickstart from rotting.
/// </summary>
[TestFixture]
// It builds the worker and the sandbox in Release, as the publish tests do: two builds of one project at once
// would fight over its obj folder.
[NonParallelizable]
public sealed class QuickstartSmokeTests
{
    [Test]
    public async Task QuickstartSmoke_OnAFreshFolder_PassesAndStopsEverything()
    {
        var folder = Directory.CreateTempSubdirectory("shopwaresync-quickstart-");
        // The cluster runs as another user when the tests run as root: it must reach its folder.
        await ExternalProcess.RunAsync("chmod", ["755", folder.FullName], TimeSpan.FromSeconds(10));
        try
        {
            var output = await ExternalProcess.RunAsync(
                Path.Combine(RepositoryRoot.Path, "deploy", "quickstart.sh"),
                ["--smoke"],
                TimeSpan.FromMinutes(8),
                new Dictionary<string, string>
                {
                    ["QUICKSTART_DIR"] = Path.Combine(folder.FullName, "local"),
                    ["QUICKSTART_WORKER_PORT"] = FreeLoopbackPort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["QUICKSTART_SANDBOX_PORT"] = FreeLoopbackPort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
                RepositoryRoot.Path);

            Assert.That(output, Does.Contain("smoke: PASS"));
            Assert.That(File.Exists(Path.Combine(folder.FullName, "local", "postgres", "data", "postmaster.pid")), Is.False, "the cluster was stopped");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

}

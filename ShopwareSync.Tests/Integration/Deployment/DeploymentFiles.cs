using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>The deployment files of the checkout, and the operations tools the tests check them with.</summary>
internal static class DeploymentFiles
{
    public static string Dockerfile => InRepository("Dockerfile");

    public static string SandboxDockerfile => InRepository("deploy", "sandbox.Dockerfile");

    public static string Compose => InRepository("deploy", "docker-compose.yml");

    public static string StagingCompose => InRepository("deploy", "docker-compose.staging.yml");

    public static string SystemdUnit => InRepository("deploy", "systemd", "shopware-sync.service");

    public static string PrometheusConfig => InRepository("deploy", "prometheus", "prometheus.yml");

    public static string Alerts => InRepository("deploy", "prometheus", "alerts.yml");

    public static string AlertTests => InRepository("deploy", "prometheus", "alerts.test.yml");

    public static string Dashboard => InRepository("deploy", "grafana", "shopware-sync.json");

    public static string Operations => InRepository("docs", "operations.md");

    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot.Path, .. parts]);

    /// <summary>The full path of a tool on PATH; fails with what to do when it is missing.</summary>
    public static string Tool(string name)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
        if (found is null)
            Assert.Fail($"{name} is not installed: run scripts/ensure-deploy-tools.sh (scripts/test.sh does).");
        return found!;
    }
}

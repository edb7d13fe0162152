using YamlDotNet.RepresentationModel;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>
/// deploy/docker-compose*.yml, checked without a Docker engine: they parse, every file they build from or mount
/// exists, and the services start in the order the worker needs (database, migrate, worker).
/// </summary>
[TestFixture]
public sealed class ComposeFileTests
{
    private static readonly string DeployDirectory = DeploymentFiles.InRepository("deploy");

    [TestCaseSource(nameof(ComposeFiles))]
    public void Builds_ContextAndDockerfile_Exist(string composeFile)
    {
        foreach (var (name, service) in Services(composeFile))
        {
            if (!service.Children.TryGetValue(new YamlScalarNode("build"), out var buildNode))
                continue;
            var build = (YamlMappingNode)buildNode;
            var context = Path.GetFullPath(Path.Combine(DeployDirectory, Scalar(build, "context")!));
            var dockerfile = Path.Combine(context, Scalar(build, "dockerfile") ?? "Dockerfile");

            Assert.That(File.Exists(Path.Combine(context, "ShopwareSync.sln")), Is.True, $"{name}: the context is the repository root");
            Assert.That(File.Exists(dockerfile), Is.True, $"{name}: {dockerfile}");
        }
    }

    [TestCaseSource(nameof(ComposeFiles))]
    public void Volumes_EveryMountedFileOrFolder_Exists(string composeFile)
    {
        foreach (var (name, service) in Services(composeFile))
        {
            foreach (var source in BindMountSources(service))
                Assert.That(File.Exists(source) || Directory.Exists(source), Is.True, $"{name}: {source}");
        }
    }

    [TestCaseSource(nameof(ComposeFiles))]
    public void EnvFiles_HaveACommittedExample(string composeFile)
    {
        foreach (var (name, service) in Services(composeFile))
        {
            if (Scalar(service, "env_file") is { } envFile)
                Assert.That(File.Exists(Path.Combine(DeployDirectory, envFile + ".example")), Is.True, $"{name}: {envFile}.example");
        }
    }

    [TestCaseSource(nameof(ComposeFiles))]
    public void Worker_StartsAfterMigrateSucceeded(string composeFile)
    {
        var services = Services(composeFile);
        var dependsOn = (YamlMappingNode)services["worker"].Children[new YamlScalarNode("depends_on")];

        Assert.That(Sequence(services["migrate"], "command"), Is.EqualTo(new[] { "migrate" }));
        Assert.That(Scalar((YamlMappingNode)dependsOn["migrate"], "condition"), Is.EqualTo("service_completed_successfully"));
        Assert.That(Scalar(services["migrate"], "image"), Is.EqualTo(Scalar(services["worker"], "image")));
    }

    [Test]
    public void Compose_Postgres_RunsTheAppSchemaAtInitAndMigrateWaitsForIt()
    {
        var services = Services(DeploymentFiles.Compose);
        var postgres = services["postgres"];
        var dependsOn = (YamlMappingNode)services["migrate"].Children[new YamlScalarNode("depends_on")];

        Assert.That(Sequence(postgres, "volumes"), Does.Contain("../db/app:/docker-entrypoint-initdb.d:ro"));
        Assert.That(Directory.GetFiles(DeploymentFiles.InRepository("db", "app"), "*.sql"), Is.Not.Empty);
        Assert.That(Scalar((YamlMappingNode)dependsOn["postgres"], "condition"), Is.EqualTo("service_healthy"));
    }

    [Test]
    public void Compose_Prometheus_ScrapesTheWorkerServiceOnItsPort()
    {
        var services = Services(DeploymentFiles.Compose);
        var config = File.ReadAllText(DeploymentFiles.PrometheusConfig);

        Assert.That(Sequence(services["prometheus"], "volumes"), Does.Contain("./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro"));
        Assert.That(config, Does.Contain("targets: [\"worker:8080\"]"));
        Assert.That(Sequence(services["worker"], "ports"), Does.Contain("8080:8080"));
    }

    [Test]
    public void Compose_Worker_TalksToTheSandboxOnItsContainerPort()
    {
        var services = Services(DeploymentFiles.Compose);
        var environment = (YamlMappingNode)services["worker"].Children[new YamlScalarNode("environment")];

        Assert.That(Scalar(environment, "Shopware__BaseUrl"), Is.EqualTo("http://sandbox:8090"));
        Assert.That(File.ReadAllText(DeploymentFiles.SandboxDockerfile), Does.Contain("Urls=http://+:8090"));
    }

    [Test]
    public void StagingCompose_Settings_ComeOnlyFromTheEnvFile()
    {
        foreach (var (name, service) in Services(DeploymentFiles.StagingCompose))
        {
            Assert.That(service.Children.ContainsKey(new YamlScalarNode("environment")), Is.False, name);
            Assert.That(Scalar(service, "env_file"), Is.EqualTo("staging.env"), name);
        }
        Assert.That(File.ReadAllLines(DeploymentFiles.InRepository(".gitignore")), Does.Contain("deploy/staging.env"));
    }

    private static IEnumerable<string> ComposeFiles() => [DeploymentFiles.Compose, DeploymentFiles.StagingCompose];

    private static Dictionary<string, YamlMappingNode> Services(string composeFile)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(composeFile))
            yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlMappingNode)root["services"]).Children.ToDictionary(
            entry => ((YamlScalarNode)entry.Key).Value!,
            entry => (YamlMappingNode)entry.Value,
            StringComparer.Ordinal);
    }

    /// <summary>Host paths of short-syntax bind mounts ("./x:/y:ro"); named volumes have no slash or dot.</summary>
    private static IEnumerable<string> BindMountSources(YamlMappingNode service) =>
        Sequence(service, "volumes")
            .Select(volume => volume.Split(':')[0])
            .Where(source => source.StartsWith('.') || source.StartsWith('/'))
            .Select(source => Path.GetFullPath(Path.Combine(DeployDirectory, source)));

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlSequenceNode)value).Children.Select(item => ((YamlScalarNode)item).Value!).ToList()
            : [];
}

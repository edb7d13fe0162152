using System.Text.Json;
using System.Text.RegularExpressions;
using ShopwareSync.Worker.Commands;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>
/// The Dockerfiles as far as they can be checked without a Docker engine: official .NET images, an unprivileged
/// user, a healthcheck the worker answers itself, no settings or secrets baked in. Their publish line is run by
/// ShopwareSync.Tests/Integration/Worker/PublishTests.cs.
/// </summary>
[TestFixture]
public sealed partial class DockerfileTests
{
    private static readonly string[] SecretWords = ["Secret", "Password", "ConnectionString", "ClientId", "Token"];

    [TestCaseSource(nameof(Dockerfiles))]
    public void Stages_EveryBaseImage_IsAnOfficialDotnetImage(string dockerfile)
    {
        var images = Instructions(dockerfile, "FROM").Select(from => from.Split(' ')[0]);

        Assert.That(images, Is.All.StartsWith("mcr.microsoft.com/dotnet/"));
    }

    [TestCaseSource(nameof(Dockerfiles))]
    public void FinalStage_User_IsTheImagesUnprivilegedUser(string dockerfile)
    {
        var finalStage = FinalStage(dockerfile);

        Assert.That(finalStage.First(), Does.StartWith("FROM mcr.microsoft.com/dotnet/aspnet:"));
        Assert.That(finalStage.Where(line => line.StartsWith("USER ", StringComparison.Ordinal)).LastOrDefault(), Is.EqualTo("USER $APP_UID"));
    }

    [TestCaseSource(nameof(Dockerfiles))]
    public void Environment_NamesNoSecretOrConnection(string dockerfile)
    {
        var baked = Instructions(dockerfile, "ENV").Concat(Instructions(dockerfile, "ARG"));

        foreach (var word in SecretWords)
            Assert.That(baked, Has.None.Contains(word), word);
    }

    [Test]
    public void Healthcheck_RunsTheWorkersProbeVerbAgainstLiveEndpoint()
    {
        var healthcheck = Instructions(DeploymentFiles.Dockerfile, "HEALTHCHECK").Single();
        var command = HealthcheckCommand(healthcheck);

        Assert.That(command.Take(2), Is.EqualTo(new[] { "dotnet", "shopware-sync.dll" }));
        Assert.That(command.Skip(2), Is.EqualTo(new[] { "probe", ProbeCommand.DefaultUrl }));
        Assert.That(ProbeCommand.DefaultUrl, Does.EndWith("/health/live"));
    }

    [Test]
    public void Healthcheck_Arguments_ParseAsTheProbeVerb()
    {
        var command = HealthcheckCommand(Instructions(DeploymentFiles.Dockerfile, "HEALTHCHECK").Single());

        var parsed = ShopwareSyncCommandLine.Create().Parse(command.Skip(2).ToArray());

        Assert.That(parsed.Errors, Is.Empty);
        Assert.That(parsed.CommandResult.Command.Name, Is.EqualTo("probe"));
    }

    [Test]
    public void Healthcheck_Port_IsThePortTheImageListensOn()
    {
        var environment = string.Join(' ', Instructions(DeploymentFiles.Dockerfile, "ENV"));

        Assert.That(environment, Does.Contain("Urls=http://+:8080"));
        Assert.That(Instructions(DeploymentFiles.Dockerfile, "EXPOSE"), Is.EqualTo(new[] { "8080" }));
        Assert.That(ProbeCommand.DefaultUrl, Does.StartWith("http://127.0.0.1:8080/"));
    }

    [Test]
    public void SandboxDockerfile_Publish_BuildsTheSandboxProject()
    {
        var publish = Instructions(DeploymentFiles.SandboxDockerfile, "RUN").Single(line => line.StartsWith("dotnet publish ", StringComparison.Ordinal));
        var project = publish.Split(' ')[2];

        Assert.That(File.Exists(DeploymentFiles.InRepository(project.Split('/'))), Is.True, project);
        Assert.That(project, Does.EndWith("ShopwareSync.Sandbox.csproj"));
    }

    private static IEnumerable<string> Dockerfiles() => [DeploymentFiles.Dockerfile, DeploymentFiles.SandboxDockerfile];

    /// <summary>The arguments of the instructions named <paramref name="instruction"/>, continuation lines joined.</summary>
    private static List<string> Instructions(string dockerfile, string instruction) =>
        LogicalLines(File.ReadAllLines(dockerfile))
            .Where(line => line.StartsWith(instruction + " ", StringComparison.Ordinal))
            .Select(line => line[(instruction.Length + 1)..].Trim())
            .ToList();

    private static List<string> FinalStage(string dockerfile)
    {
        var lines = LogicalLines(File.ReadAllLines(dockerfile));
        return lines.Skip(lines.FindLastIndex(line => line.StartsWith("FROM ", StringComparison.Ordinal))).ToList();
    }

    private static List<string> LogicalLines(IEnumerable<string> lines)
    {
        var logical = new List<string>();
        var current = "";
        foreach (var line in lines.Where(line => !line.TrimStart().StartsWith('#')))
        {
            current += line.TrimEnd().TrimEnd('\\').Trim() + " ";
            if (line.TrimEnd().EndsWith('\\'))
                continue;
            if (current.Trim().Length > 0)
                logical.Add(MultipleSpaces().Replace(current.Trim(), " "));
            current = "";
        }
        return logical;
    }

    private static List<string> HealthcheckCommand(string healthcheck)
    {
        var cmd = healthcheck.IndexOf("CMD [", StringComparison.Ordinal);
        Assert.That(cmd, Is.GreaterThanOrEqualTo(0), "HEALTHCHECK uses the exec form: CMD [\"…\"]");
        return JsonSerializer.Deserialize<List<string>>(healthcheck[(cmd + "CMD ".Length)..])!;
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();
}

using Microsoft.Extensions.Options;
using ShopwareSync.Core.Observability;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Unit.Observability;

/// <summary>The Metrics settings are validated with messages that name them, and .env.example and docs/setup.md list them.</summary>
public sealed class MetricsSettingsTests
{
    private static IEnumerable<string> SettingNames() =>
        typeof(MetricsOptions).GetProperties().Where(p => p.CanWrite).Select(p => $"Metrics__{p.Name}");

    [Test]
    public void Validate_PortOutOfRange_NamesSettingAndValue()
    {
        var result = new MetricsOptionsValidator().Validate(Options.DefaultName, new MetricsOptions { Port = 70000 });

        Assert.That(result.Failures, Has.One.Contains("Metrics__Port").And.Contains("70000"));
    }

    [Test]
    public void Validate_Defaults_Succeed()
    {
        var result = new MetricsOptionsValidator().Validate(Options.DefaultName, new MetricsOptions());

        Assert.That(result.Succeeded, Is.True, string.Join(" ", result.Failures ?? []));
    }

    [Test]
    public void EnvExample_ListsEveryMetricsSetting()
    {
        var example = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".env.example"))
            .Select(line => line.Trim().TrimStart('#').Split('=', 2)[0])
            .ToHashSet();

        Assert.That(SettingNames().Where(name => !example.Contains(name)), Is.Empty);
    }

    [Test]
    public void SetupDoc_NamesEveryMetricsSetting()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/setup.md"));

        Assert.That(SettingNames().Where(name => !doc.Contains($"`{name}`", StringComparison.Ordinal)), Is.Empty);
    }
}

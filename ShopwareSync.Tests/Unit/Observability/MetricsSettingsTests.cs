using ShopwareSync.Core.Observability;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Unit.Observability;

/// <summary>.env.example and docs/setup.md list every Metrics setting.</summary>
public sealed class MetricsSettingsTests
{
    private static IEnumerable<string> SettingNames() =>
        typeof(MetricsOptions).GetProperties().Where(p => p.CanWrite).Select(p => $"Metrics__{p.Name}");

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

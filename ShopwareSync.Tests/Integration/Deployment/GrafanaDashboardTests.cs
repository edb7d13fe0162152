using System.Text.Json;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>deploy/grafana/shopware-sync.json: importable JSON whose panels all query metrics the worker exports.</summary>
[TestFixture]
public sealed class GrafanaDashboardTests
{
    [Test]
    public void Panels_EveryExpression_NamesOnlyExportedMetrics()
    {
        foreach (var (title, expressions) in Panels())
        {
            Assert.That(expressions, Is.Not.Empty, title);
            foreach (var expression in expressions)
            {
                var named = MonitoredMetrics.NamedIn(expression);

                Assert.That(named, Is.Not.Empty, $"{title}: {expression}");
                Assert.That(named, Is.SubsetOf(MonitoredMetrics.Names), $"{title}: {expression}");
            }
        }
    }

    [Test]
    public void Panels_Together_ShowEveryExportedMetric()
    {
        var shown = Panels().SelectMany(panel => panel.Expressions).SelectMany(MonitoredMetrics.NamedIn).ToHashSet(StringComparer.Ordinal);

        Assert.That(shown, Is.EquivalentTo(MonitoredMetrics.Names));
    }

    [Test]
    public void Panels_Ids_AreUnique()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(DeploymentFiles.Dashboard));
        var ids = dashboard.RootElement.GetProperty("panels").EnumerateArray().Select(panel => panel.GetProperty("id").GetInt32()).ToList();

        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void Dashboard_DataSource_IsAVariableNotAnInstallationsUid()
    {
        var text = File.ReadAllText(DeploymentFiles.Dashboard);
        using var dashboard = JsonDocument.Parse(text);
        var uids = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .Select(panel => panel.GetProperty("datasource").GetProperty("uid").GetString());

        Assert.That(uids, Is.All.EqualTo("${datasource}"));
    }

    private static List<(string Title, List<string> Expressions)> Panels()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(DeploymentFiles.Dashboard));
        return dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .Select(panel => (
                panel.GetProperty("title").GetString()!,
                panel.GetProperty("targets").EnumerateArray().Select(target => target.GetProperty("expr").GetString()!).ToList()))
            .ToList();
    }
}

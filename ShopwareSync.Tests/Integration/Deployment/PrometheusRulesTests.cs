using System.Text.RegularExpressions;
using ShopwareSync.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>deploy/prometheus: the scrape config and the alerts load in Prometheus, and the alerts fire as their unit tests say.</summary>
[TestFixture]
public sealed partial class PrometheusRulesTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Test]
    public async Task CheckConfig_ScrapeConfigWithItsRules_IsValid()
    {
        var output = await ExternalProcess.RunAsync(DeploymentFiles.Tool("promtool"), ["check", "config", DeploymentFiles.PrometheusConfig], Timeout);

        Assert.That(output, Does.Contain("SUCCESS: 1 rule files found"));
    }

    [Test]
    public async Task CheckRules_Alerts_AreValid()
    {
        var output = await ExternalProcess.RunAsync(DeploymentFiles.Tool("promtool"), ["check", "rules", DeploymentFiles.Alerts], Timeout);

        Assert.That(output, Does.Contain("SUCCESS"));
    }

    [Test]
    public async Task TestRules_AlertUnitTests_Pass()
    {
        // promtool resolves rule_files against the test file's folder, whatever the working directory.
        var output = await ExternalProcess.RunAsync(DeploymentFiles.Tool("promtool"), ["test", "rules", DeploymentFiles.AlertTests], Timeout);

        Assert.That(output, Does.Contain("SUCCESS"));
    }

    [Test]
    public void Alerts_EveryAlertCoveredByAUnitTest()
    {
        var alerts = Rules().Select(rule => rule.Alert).ToList();
        var tested = File.ReadAllText(DeploymentFiles.AlertTests);

        Assert.That(alerts, Is.SupersetOf(new[]
        {
            "ShopwareSyncWorkerDown", "ShopwareSyncQueueLagHigh", "ShopwareSyncPermanentFailures", "ShopwareSyncShopwareUnreachable", "ShopwareSyncCircuitOpen",
        }));
        Assert.That(alerts.Where(alert => !tested.Contains($"alertname: {alert}", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Alerts_Expressions_NameOnlyExportedMetrics()
    {
        foreach (var rule in Rules())
        {
            var named = MonitoredMetrics.NamedIn(rule.Expression);

            Assert.That(named, Is.Not.Empty, rule.Alert);
            Assert.That(named, Is.SubsetOf(MonitoredMetrics.Names), rule.Alert);
        }
    }

    [Test]
    public void Alerts_Runbooks_PointAtAHeadingOfTheOperationsGuide()
    {
        var anchors = HeadingAnchors(File.ReadAllLines(DeploymentFiles.Operations));

        foreach (var rule in Rules())
        {
            Assert.That(rule.Runbook, Does.StartWith("docs/operations.md#"), rule.Alert);
            Assert.That(anchors, Does.Contain(rule.Runbook["docs/operations.md#".Length..]), rule.Alert);
        }
    }

    [Test]
    public void Alerts_EachHasASeverity()
    {
        Assert.That(Rules().Select(rule => rule.Severity), Is.All.AnyOf("warning", "critical"));
    }

    private sealed record AlertRule(string Alert, string Expression, string? Severity, string Runbook);

    private static List<AlertRule> Rules()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(DeploymentFiles.Alerts))
            yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlSequenceNode)root["groups"])
            .SelectMany(group => (YamlSequenceNode)((YamlMappingNode)group)["rules"])
            .Cast<YamlMappingNode>()
            .Select(rule => new AlertRule(
                Scalar(rule, "alert")!,
                Scalar(rule, "expr")!,
                Scalar((YamlMappingNode)rule["labels"], "severity"),
                Scalar((YamlMappingNode)rule["annotations"], "runbook") ?? ""))
            .ToList();
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    /// <summary>The anchors a Markdown renderer gives the headings: lower case, spaces to dashes, punctuation dropped.</summary>
    private static HashSet<string> HeadingAnchors(IEnumerable<string> lines) =>
        lines.Where(line => line.StartsWith('#'))
            .Select(line => AnchorPunctuation().Replace(line.TrimStart('#').Trim().ToLowerInvariant(), "").Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex AnchorPunctuation();
}

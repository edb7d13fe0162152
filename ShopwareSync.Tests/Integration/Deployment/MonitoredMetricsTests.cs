using System.Text.RegularExpressions;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>The metric names the alerts and the dashboard are checked against are the ones docs/metrics.md defines.</summary>
[TestFixture]
public sealed partial class MonitoredMetricsTests
{
    [Test]
    public void Names_ComparedWithTheMetricsGuide_AreTheSame()
    {
        var guide = DeploymentFiles.InRepository("docs", "metrics.md");
        if (!File.Exists(guide))
            Assert.Ignore("docs/metrics.md comes with the metrics work; until it is merged the names are those it was written with.");

        var documented = DocumentedName().Matches(File.ReadAllText(guide)).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.That(MonitoredMetrics.Names.Where(name => name != "up"), Is.EquivalentTo(documented));
    }

    [TestCase("up{job=\"shopware-sync\"} == 0", "up")]
    [TestCase("sum(rate(shopware_sync_jobs_processed_total{kind=\"stock\"}[5m]))", "shopware_sync_jobs_processed_total")]
    [TestCase("histogram_quantile(0.9, rate(shopware_sync_job_delivery_delay_seconds_bucket[5m]))", "shopware_sync_job_delivery_delay_seconds")]
    [TestCase("rate(shopware_sync_made_up_count[5m])", "shopware_sync_made_up_count")]
    public void NamedIn_Expression_FindsTheMetric(string expression, string metric)
    {
        Assert.That(MonitoredMetrics.NamedIn(expression), Is.EqualTo(new[] { metric }));
    }

    // A table row of the guide: | `shopware_sync_…` | type | …
    [GeneratedRegex(@"^\| `(shopware_sync_[a-z0-9_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedName();
}

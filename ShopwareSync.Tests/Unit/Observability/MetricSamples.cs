using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Prometheus;

namespace ShopwareSync.Tests.Unit.Observability;

/// <summary>
/// The samples of a Prometheus text exposition, read back by name and labels: what a scraper would see. Labels not
/// named in a lookup are summed over (a lookup of a counter with fewer labels adds its series).
/// </summary>
internal sealed partial class MetricSamples
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples;

    private MetricSamples(string text)
    {
        Text = text;
        _samples = text.Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(ParseLine)
            .ToList();
    }

    public string Text { get; }

    public static MetricSamples Parse(string text) => new(text);

    public static async Task<MetricSamples> ReadAsync(CollectorRegistry registry)
    {
        using var stream = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(stream);
        return Parse(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The sum of the samples of <paramref name="name"/> that carry every given label; null when there is none.</summary>
    public double? Value(string name, params (string Label, string Value)[] labels)
    {
        var matching = _samples
            .Where(sample => sample.Name == name && labels.All(l => sample.Labels.TryGetValue(l.Label, out var v) && v == l.Value))
            .ToList();
        return matching.Count == 0 ? null : matching.Sum(sample => sample.Value);
    }

    private static (string Name, Dictionary<string, string> Labels, double Value) ParseLine(string line)
    {
        var match = SampleLine().Match(line);
        if (!match.Success)
            throw new FormatException($"Not a sample line: {line}");
        var labels = LabelPair().Matches(match.Groups["labels"].Value)
            .ToDictionary(pair => pair.Groups["name"].Value, pair => pair.Groups["value"].Value);
        var value = match.Groups["value"].Value switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var text => double.Parse(text, CultureInfo.InvariantCulture),
        };
        return (match.Groups["name"].Value, labels, value);
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)( \d+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""(?<name>[a-zA-Z_][a-zA-Z0-9_]*)="(?<value>(?:[^"\\]|\\.)*)",?""")]
    private static partial Regex LabelPair();
}

using System.ComponentModel.DataAnnotations;
using ShopwareSync.Core.Shopware;

namespace ShopwareSync.Core.Observability;

/// <summary>
/// Where /metrics is served and how often the queue gauges are refreshed. Section <c>Metrics</c>; environment
/// variables <c>Metrics__Port</c>, ….
/// </summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Port of a separate listener that serves /metrics alone; null: /metrics is served on the worker's own URLs.</summary>
    [SettingRange("Metrics:Port", 1, 65535)]
    public int? Port { get; set; }

    /// <summary>Address the separate listener binds to (only with <see cref="Port"/>).</summary>
    [Required(ErrorMessage = "Metrics:Address (Metrics__Address) must not be empty.")]
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>How often one query on the queue table refreshes the queue gauges.</summary>
    [SettingRange("Metrics:QueueSampleInterval", typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan QueueSampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}

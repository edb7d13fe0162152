using System.Globalization;

namespace ShopwareSync.Core.Shopware;

/// <summary>Retries, timeouts and circuit breaker around every Admin API call.</summary>
public sealed class ShopwareResilienceOptions
{
    /// <summary>Retries after the first attempt (0 = none).</summary>
    [SettingRange("Shopware:Resilience:MaxRetryAttempts", 0, 10)]
    public int MaxRetryAttempts { get; set; } = ShopwareDefaults.MaxRetryAttempts;

    /// <summary>Delay before the first retry; doubles with each further retry, jittered.</summary>
    [SettingRange("Shopware:Resilience:RetryBaseDelay", typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = ShopwareDefaults.RetryBaseDelay;

    /// <summary>Upper bound of one retry delay, Retry-After included.</summary>
    [SettingRange("Shopware:Resilience:RetryMaxDelay", typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = ShopwareDefaults.RetryMaxDelay;

    /// <summary>Budget of one call including all attempts and delays.</summary>
    [SettingRange("Shopware:Resilience:TotalTimeout", typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = ShopwareDefaults.TotalTimeout;

    /// <summary>Share of failed calls within <see cref="CircuitSamplingDuration"/> that opens the circuit.</summary>
    [SettingRange("Shopware:Resilience:CircuitFailureRatio", 0.01, 1.0)]
    public double CircuitFailureRatio { get; set; } = ShopwareDefaults.CircuitFailureRatio;

    /// <summary>Calls needed within the sampling window before the circuit may open.</summary>
    [SettingRange("Shopware:Resilience:CircuitMinimumThroughput", 2, 1000)]
    public int CircuitMinimumThroughput { get; set; } = ShopwareDefaults.CircuitMinimumThroughput;

    [SettingRange("Shopware:Resilience:CircuitSamplingDuration", typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CircuitSamplingDuration { get; set; } = ShopwareDefaults.CircuitSamplingDuration;

    /// <summary>How long an open circuit rejects calls before one trial call is let through.</summary>
    [SettingRange("Shopware:Resilience:CircuitBreakDuration", typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = ShopwareDefaults.CircuitBreakDuration;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{{ MaxRetryAttempts = {MaxRetryAttempts}, RetryBaseDelay = {RetryBaseDelay}, RetryMaxDelay = {RetryMaxDelay}, " +
        $"TotalTimeout = {TotalTimeout}, CircuitFailureRatio = {CircuitFailureRatio}, CircuitMinimumThroughput = {CircuitMinimumThroughput}, " +
        $"CircuitSamplingDuration = {CircuitSamplingDuration}, CircuitBreakDuration = {CircuitBreakDuration} }}");
}

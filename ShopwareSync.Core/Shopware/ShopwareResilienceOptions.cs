using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ShopwareSync.Core.Shopware;

/// <summary>Retries, timeouts and circuit breaker around every Admin API call.</summary>
public sealed class ShopwareResilienceOptions
{
    /// <summary>Retries after the first attempt (0 = none).</summary>
    [Range(0, 10, ErrorMessage = "Shopware:Resilience:MaxRetryAttempts (Shopware__Resilience__MaxRetryAttempts) must be between {1} and {2}.")]
    public int MaxRetryAttempts { get; set; } = ShopwareDefaults.MaxRetryAttempts;

    /// <summary>Delay before the first retry; doubles with each further retry, jittered.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00",
        ErrorMessage = "Shopware:Resilience:RetryBaseDelay (Shopware__Resilience__RetryBaseDelay) must be between 00:00:00 and 00:01:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = ShopwareDefaults.RetryBaseDelay;

    /// <summary>Upper bound of one retry delay, Retry-After included.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00",
        ErrorMessage = "Shopware:Resilience:RetryMaxDelay (Shopware__Resilience__RetryMaxDelay) must be between 00:00:00 and 00:10:00.")]
    public TimeSpan RetryMaxDelay { get; set; } = ShopwareDefaults.RetryMaxDelay;

    /// <summary>Budget of one call including all attempts and delays.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00",
        ErrorMessage = "Shopware:Resilience:TotalTimeout (Shopware__Resilience__TotalTimeout) must be between 00:00:01 and 01:00:00.")]
    public TimeSpan TotalTimeout { get; set; } = ShopwareDefaults.TotalTimeout;

    /// <summary>Share of failed calls within <see cref="CircuitSamplingDuration"/> that opens the circuit.</summary>
    [Range(0.01, 1.0, ErrorMessage = "Shopware:Resilience:CircuitFailureRatio (Shopware__Resilience__CircuitFailureRatio) must be between {1} and {2}.")]
    public double CircuitFailureRatio { get; set; } = ShopwareDefaults.CircuitFailureRatio;

    /// <summary>Calls needed within the sampling window before the circuit may open.</summary>
    [Range(2, 1000, ErrorMessage = "Shopware:Resilience:CircuitMinimumThroughput (Shopware__Resilience__CircuitMinimumThroughput) must be between {1} and {2}.")]
    public int CircuitMinimumThroughput { get; set; } = ShopwareDefaults.CircuitMinimumThroughput;

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00",
        ErrorMessage = "Shopware:Resilience:CircuitSamplingDuration (Shopware__Resilience__CircuitSamplingDuration) must be between 00:00:01 and 00:10:00.")]
    public TimeSpan CircuitSamplingDuration { get; set; } = ShopwareDefaults.CircuitSamplingDuration;

    /// <summary>How long an open circuit rejects calls before one trial call is let through.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00",
        ErrorMessage = "Shopware:Resilience:CircuitBreakDuration (Shopware__Resilience__CircuitBreakDuration) must be between 00:00:01 and 00:30:00.")]
    public TimeSpan CircuitBreakDuration { get; set; } = ShopwareDefaults.CircuitBreakDuration;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{{ MaxRetryAttempts = {MaxRetryAttempts}, RetryBaseDelay = {RetryBaseDelay}, RetryMaxDelay = {RetryMaxDelay}, " +
        $"TotalTimeout = {TotalTimeout}, CircuitFailureRatio = {CircuitFailureRatio}, CircuitMinimumThroughput = {CircuitMinimumThroughput}, " +
        $"CircuitSamplingDuration = {CircuitSamplingDuration}, CircuitBreakDuration = {CircuitBreakDuration} }}");
}

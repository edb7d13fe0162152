using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using ShopwareSync.Core.Observability;
using ShopwareSync.Core.Shopware.Errors;

namespace ShopwareSync.Core.Shopware.Resilience;

/// <summary>
/// The Polly pipeline around every Admin API request, outermost first: total timeout, retry (transient statuses,
/// transport failures and attempt timeouts of retry-safe requests; Retry-After honoured), circuit breaker, attempt
/// timeout. All waiting runs on the given <see cref="TimeProvider"/>.
/// </summary>
public static class ShopwareResiliencePipeline
{
    public static ResiliencePipelineBuilder<HttpResponseMessage> Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        ShopwareOptions options,
        TimeProvider timeProvider,
        IRetryJitter jitter,
        ILogger logger,
        ShopwareMetrics? metrics = null,
        string client = ShopwareMetrics.AdminClient)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var resilience = options.Resilience;
        builder.TimeProvider = timeProvider;
        // A new breaker starts closed; Polly reports only the transitions.
        metrics?.CircuitClosed(client);

        return builder
            .AddTimeout(new TimeoutStrategyOptions { Name = "ShopwareTotalTimeout", Timeout = resilience.TotalTimeout })
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "ShopwareRetry",
                MaxRetryAttempts = Math.Max(resilience.MaxRetryAttempts, 1),
                ShouldHandle = async args =>
                    resilience.MaxRetryAttempts > 0 && await ShouldRetryAsync(args.Outcome, args.Context, resilience.RetryMaxDelay, timeProvider),
                DelayGenerator = async args =>
                    await RetryAfterAsync(args.Outcome, timeProvider)
                    ?? ShopwareRetryDelay.Backoff(args.AttemptNumber, resilience.RetryBaseDelay, resilience.RetryMaxDelay, jitter.NextFraction()),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    Log.RetryScheduled(logger, request?.Method.Method ?? "", request?.RequestUri?.AbsolutePath ?? "",
                        (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, Describe(args.Outcome));
                    if (request is not null)
                        metrics?.RetryScheduled(client, request.Method.Method, ShopwareMetricsHandler.EndpointOf(request));
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                Name = "ShopwareCircuitBreaker",
                FailureRatio = resilience.CircuitFailureRatio,
                MinimumThroughput = resilience.CircuitMinimumThroughput,
                SamplingDuration = resilience.CircuitSamplingDuration,
                BreakDuration = resilience.CircuitBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsServerFailure(args.Outcome)),
                OnOpened = args =>
                {
                    Log.CircuitOpened(logger, (long)args.BreakDuration.TotalMilliseconds, Describe(args.Outcome));
                    metrics?.CircuitOpened(client);
                    return default;
                },
                OnHalfOpened = _ =>
                {
                    Log.CircuitHalfOpened(logger);
                    metrics?.CircuitHalfOpened(client);
                    return default;
                },
                OnClosed = _ =>
                {
                    Log.CircuitClosed(logger);
                    metrics?.CircuitClosed(client);
                    return default;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions { Name = "ShopwareAttemptTimeout", Timeout = options.RequestTimeout });
    }

    internal static async ValueTask<bool> ShouldRetryAsync(
        Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxDelay, TimeProvider timeProvider)
    {
        var transient = outcome switch
        {
            { Result: { } response } => ShopwareErrorClassifier.IsTransientStatus((int)response.StatusCode)
                                        // A server asking for a longer pause than we wait gets it from the job scheduler instead.
                                        && !(await RetryAfterAsync(outcome, timeProvider) > maxDelay),
            { Exception: TimeoutRejectedException or HttpRequestException } => !context.CancellationToken.IsCancellationRequested,
            _ => false,
        };
        if (!transient)
            return false;

        var request = context.GetRequestMessage() ?? outcome.Result?.RequestMessage;
        return request is not null && ShopwareRetrySafety.IsRetrySafe(request);
    }

    private static bool IsServerFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => ShopwareErrorClassifier.IsServerFailure((int)response.StatusCode),
        { Exception: TimeoutRejectedException or HttpRequestException } => true,
        _ => false,
    };

    /// <summary>
    /// The wait the server asked for: Retry-After, or for Shopware's login throttle (429 without the header in
    /// 6.5/6.6) the seconds in its error body. Retrying earlier would only be throttled again.
    /// </summary>
    private static async ValueTask<TimeSpan?> RetryAfterAsync(Outcome<HttpResponseMessage> outcome, TimeProvider timeProvider)
    {
        if (outcome.Result is not { } response)
            return null;
        var header = ShopwareErrorClassifier.ParseRetryAfter(response.Headers.RetryAfter, timeProvider.GetUtcNow());
        if (header is not null || response.StatusCode != HttpStatusCode.TooManyRequests
            || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return header;
        }

        // Buffered, so the caller still reads the same body afterwards.
        await response.Content.LoadIntoBufferAsync();
        var body = await response.Content.ReadAsStringAsync();
        return ShopwareErrorClassifier.ClassifyResponse(429, "application/json", body).RetryAfter;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? $"HTTP {(int)response.StatusCode}"
            : outcome.Exception?.GetType().Name ?? "unknown outcome";
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ShopwareSync.Core.Shopware.Http;

/// <summary>
/// One log line per request sent: method, path (no query), status, duration, attempt and correlation id. Sits
/// inside the retry and authentication handlers, so each attempt and each repeat after a 401 is its own line.
/// Headers and bodies are never logged.
/// </summary>
public sealed class ShopwareLoggingHandler(ILogger<ShopwareLoggingHandler> logger, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var attempt = ShopwareRequestProperties.TryGet<int>(request, ShopwareRequestProperties.Attempt, out var previous) ? previous + 1 : 1;
        ShopwareRequestProperties.Set(request, ShopwareRequestProperties.Attempt, attempt);
        var method = request.Method.Method;
        var path = request.RequestUri?.AbsolutePath ?? "";
        var correlationId = CorrelationIdOf(request);
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var durationMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
            var status = (int)response.StatusCode;
            if (status >= 400)
                Log.CallAnsweredWithError(logger, method, path, status, durationMs, attempt, correlationId);
            else
                Log.CallCompleted(logger, method, path, status, durationMs, attempt, correlationId);
            return response;
        }
        catch (Exception ex)
        {
            var durationMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
            Log.CallFailed(logger, method, path, durationMs, attempt, correlationId, ex.GetType().Name, ShopwareRedactor.Redact(ex.Message, 200));
            throw;
        }
    }

    private const string NoCorrelation = "-";

    private static string CorrelationIdOf(HttpRequestMessage request)
    {
        if (ShopwareRequestProperties.TryGet<string>(request, ShopwareRequestProperties.CorrelationId, out var fromOptions))
            return fromOptions;
        if (request.Headers.TryGetValues(ShopwareRequestProperties.CorrelationIdHeader, out var values))
            return values.FirstOrDefault() ?? NoCorrelation;
        return Activity.Current is { } activity ? activity.TraceId.ToString() : NoCorrelation;
    }
}

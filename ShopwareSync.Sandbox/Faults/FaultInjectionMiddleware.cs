using System.Globalization;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Observability;

namespace ShopwareSync.Sandbox.Faults;

/// <summary>
/// Applies the fault switches to <c>/api</c> requests before authentication, as a proxy in front of
/// the shop would: 429 with <c>Retry-After</c>, a dropped connection, 503, or added latency.
/// The control routes under <c>/_sandbox</c> are never faulted.
/// </summary>
public sealed class FaultInjectionMiddleware(RequestDelegate next, FaultSwitchboard switchboard, SandboxCounters counters, TimeProvider time)
{
    public static readonly object DroppedItemKey = new();

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var decision = switchboard.Decide();
        if (decision.Latency > TimeSpan.Zero)
        {
            // The timer exists before the request counts as waiting, so a test that sees the count can
            // advance a fake clock without losing the advance.
            var delay = Task.Delay(decision.Latency, time, context.RequestAborted);
            counters.EnterLatency();
            try
            {
                await delay;
            }
            finally
            {
                counters.LeaveLatency();
            }
        }

        switch (decision.Kind)
        {
            case FaultKind.RateLimited:
                context.Response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await ShopwareErrorResult.WriteAsync(context, StatusCodes.Status429TooManyRequests,
                    ShopwareErrors.Symfony(429, "Too Many Requests", "Request rate limit exceeded."));
                return;
            case FaultKind.DroppedConnection:
                context.Items[DroppedItemKey] = true;
                context.Abort();
                return;
            case FaultKind.ServiceUnavailable:
                await ShopwareErrorResult.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                    ShopwareErrors.Symfony(503, "Service Unavailable", "The server is temporarily unable to handle the request."));
                return;
            default:
                await next(context);
                return;
        }
    }
}

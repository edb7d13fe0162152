using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Json;

namespace ShopwareSync.Core.Shopware.Errors;

/// <summary>
/// The one place that decides whether a failed Shopware call is worth repeating. Status and Shopware error code
/// in, retryable or permanent with a reason out; everything Shopware said (code, detail, pointer) is kept.
/// </summary>
public static class ShopwareErrorClassifier
{
    /// <summary>Statuses the HTTP pipeline retries: the server may answer differently a moment later.</summary>
    public static bool IsTransientStatus(int statusCode) =>
        statusCode is 408 or 429 or >= 500 and <= 599;

    /// <summary>Statuses that count against the circuit breaker: the server, not the request, is in trouble.</summary>
    public static bool IsServerFailure(int statusCode) =>
        statusCode is 408 or >= 500 and <= 599;

    /// <summary>Status and Shopware error code (of the first error) to class and reason.</summary>
    public static (ShopwareErrorClass Class, ShopwareErrorReason Reason) Classify(int statusCode, string? code) =>
        (statusCode, code) switch
        {
            // MySQL deadlock that survived Shopware's own ten retries (issue #8529): a later attempt usually passes.
            (500, "1213") => (ShopwareErrorClass.Retryable, ShopwareErrorReason.Deadlock),
            // A client_id without a known prefix is a 500 (AccessKeyHelper::getOrigin), not a 401.
            (500, "FRAMEWORK__API_INVALID_ACCESS_KEY") => (ShopwareErrorClass.Permanent, ShopwareErrorReason.InvalidCredentials),
            (500, "FRAMEWORK__DEFINITION_NOT_FOUND") => (ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected),
            // Unique key (duplicate visibility without its id) and foreign key violations repeat on every attempt.
            (500, "1062" or "1451") => (ShopwareErrorClass.Permanent, ShopwareErrorReason.Conflict),
            (502 or 503 or 504, _) => (ShopwareErrorClass.Retryable, ShopwareErrorReason.Unavailable),
            (>= 500 and <= 599, _) => (ShopwareErrorClass.Retryable, ShopwareErrorReason.ServerError),
            (429, _) => (ShopwareErrorClass.Retryable, ShopwareErrorReason.RateLimited),
            (408, _) => (ShopwareErrorClass.Retryable, ShopwareErrorReason.RequestTimeout),
            // OAuth: 4 client authentication failed, 6 wrong user password, 8 refresh token invalid. Repeating
            // them only fills Shopware's login throttle.
            (401 or 400, "4" or "6" or "8") => (ShopwareErrorClass.Permanent, ShopwareErrorReason.InvalidCredentials),
            // 9: the access token was not accepted (expired, revoked, secret rotated); a fresh one may be.
            (401, _) => (ShopwareErrorClass.Retryable, ShopwareErrorReason.TokenRejected),
            (403, _) => (ShopwareErrorClass.Permanent, ShopwareErrorReason.Forbidden),
            (404, _) => (ShopwareErrorClass.Permanent, ShopwareErrorReason.NotFound),
            (409, _) => (ShopwareErrorClass.Permanent, ShopwareErrorReason.Conflict),
            (400, "CONTENT__DUPLICATE_PRODUCT_NUMBER") => (ShopwareErrorClass.Permanent, ShopwareErrorReason.DuplicateProductNumber),
            // POST of an id that exists (often: the first attempt of a repeated create did succeed), or PATCH of a
            // missing one.
            (400, "FRAMEWORK__WRITE_TYPE_INTEND_ERROR") => (ShopwareErrorClass.Permanent, ShopwareErrorReason.Conflict),
            (400, _) => (ShopwareErrorClass.Permanent, ShopwareErrorReason.Validation),
            _ => (ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected),
        };

    /// <summary>Classifies an error response from its status, content type and body (which may be anything).</summary>
    public static ShopwareFailure ClassifyResponse(int statusCode, string? contentType, string? body, TimeSpan? retryAfter = null)
    {
        var errors = ParseErrors(body);
        var (errorClass, reason) = Classify(statusCode, errors.Count > 0 ? errors[0].Code : null);
        var message = errors.Count > 0
            ? Describe(statusCode, errors)
            : string.IsNullOrWhiteSpace(body)
                ? Invariant($"HTTP {statusCode} with an empty body.")
                : Invariant($"HTTP {statusCode} with a body that is not Shopware's error JSON ({contentType ?? "no content type"}): {ShopwareRedactor.Redact(body, 200)}");
        return new ShopwareFailure(errorClass, reason, message, statusCode, errors)
        {
            RetryAfter = retryAfter ?? ThrottleSeconds(errors),
        };
    }

    /// <summary>
    /// A success status whose body could not be read as the expected JSON (an HTML page from a proxy, an empty or
    /// truncated body). Retryable: the outcome of the call is unknown, and a proxy page is usually temporary.
    /// </summary>
    public static ShopwareFailure ClassifyMalformedResponse(int statusCode, string? contentType, string? body, Exception? parseError = null)
    {
        var what = string.IsNullOrWhiteSpace(body)
            ? "an empty body"
            : Invariant($"a body that is not the expected JSON ({contentType ?? "no content type"}): {ShopwareRedactor.Redact(body, 200)}");
        var why = parseError is JsonException json ? Invariant($" ({ShopwareRedactor.Redact(json.Message, 200)})") : "";
        return new ShopwareFailure(
            ShopwareErrorClass.Retryable, ShopwareErrorReason.MalformedResponse,
            Invariant($"HTTP {statusCode} with {what}{why}"), statusCode, []);
    }

    /// <summary>Classifies a failure without a usable response: transport error, timeout, open circuit.</summary>
    public static ShopwareFailure ClassifyException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ShopwareApiException api => api.Failure,
            BrokenCircuitException broken => new ShopwareFailure(
                ShopwareErrorClass.Retryable, ShopwareErrorReason.CircuitOpen,
                "Circuit open after repeated failures; no request was sent.", null, [])
            { RetryAfter = broken.RetryAfter },
            TimeoutRejectedException timeout => new ShopwareFailure(
                ShopwareErrorClass.Retryable, ShopwareErrorReason.Timeout,
                Invariant($"No answer within {timeout.Timeout}; the outcome is unknown."), null, []),
            // HttpClient's own timeout surfaces as a TaskCanceledException wrapping a TimeoutException.
            TaskCanceledException { InnerException: TimeoutException } => new ShopwareFailure(
                ShopwareErrorClass.Retryable, ShopwareErrorReason.Timeout, "HttpClient timed out; the outcome is unknown.", null, []),
            // Cancelled, but not by the caller (that case never reaches here): an inner timeout.
            OperationCanceledException => new ShopwareFailure(
                ShopwareErrorClass.Retryable, ShopwareErrorReason.Timeout, "Cancelled before an answer; the outcome is unknown.", null, []),
            HttpRequestException { InnerException: JsonException } or JsonException => ClassifyMalformedResponse(0, null, null, exception as JsonException ?? exception.InnerException),
            HttpRequestException http => new ShopwareFailure(
                ShopwareErrorClass.Retryable, ShopwareErrorReason.NoResponse,
                Invariant($"No response ({http.HttpRequestError}): {ShopwareRedactor.Redact(http.Message, 200)}"), null, []),
            SocketException or IOException => new ShopwareFailure(
                ShopwareErrorClass.Retryable, ShopwareErrorReason.NoResponse,
                Invariant($"No response: {ShopwareRedactor.Redact(exception.Message, 200)}"), null, []),
            Mapping.ProductMappingException mapping => new ShopwareFailure(
                ShopwareErrorClass.Permanent, ShopwareErrorReason.InvalidSourceData, mapping.Message, null, []),
            _ => new ShopwareFailure(
                ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected,
                Invariant($"{exception.GetType().Name}: {ShopwareRedactor.Redact(exception.Message, 200)}"), null, []),
        };
    }

    /// <summary>Reads Retry-After as seconds or as an HTTP date (relative to <paramref name="now"/>); never negative.</summary>
    public static TimeSpan? ParseRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
            return date <= now ? TimeSpan.Zero : date - now;
        return null;
    }

    private static List<ShopwareApiError> ParseErrors(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
            return [];
        try
        {
            var envelope = JsonSerializer.Deserialize<ShopwareErrorResponse>(body, ShopwareJson.Options);
            return envelope?.Errors?.Select(ToError).ToList() ?? [];
        }
        catch (JsonException)
        {
            // Truncated or foreign JSON: classified by status alone, the body quoted in the message.
            return [];
        }
    }

    private static ShopwareApiError ToError(ShopwareErrorObject error) => new(
        error.Code,
        error.Status,
        error.Title,
        error.Detail is null ? null : ShopwareRedactor.Redact(error.Detail),
        ShopwarePointer.Parse(error.Source?.JsonPointer),
        ReadParameters(error.Meta));

    private static Dictionary<string, string> ReadParameters(JsonElement? meta)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (meta is { ValueKind: JsonValueKind.Object } m
            && m.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in p.EnumerateObject())
            {
                parameters[property.Name] = ShopwareRedactor.Redact(
                    property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText(), 200);
            }
        }

        return parameters;
    }

    // Shopware 6.5/6.6 throttle their token endpoint without Retry-After; the wait is in meta.parameters.seconds.
    private static TimeSpan? ThrottleSeconds(List<ShopwareApiError> errors) =>
        errors.Select(e => e.Parameters.GetValueOrDefault("seconds"))
            .Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 ? seconds : (double?)null)
            .OfType<double>()
            .Select(TimeSpan.FromSeconds)
            .Cast<TimeSpan?>()
            .FirstOrDefault();

    private static string Describe(int statusCode, List<ShopwareApiError> errors)
    {
        var first = errors[0];
        var more = errors.Count > 1 ? Invariant($" (and {errors.Count - 1} more)") : "";
        return Invariant($"HTTP {statusCode} {first}{more}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

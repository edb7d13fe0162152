using System.Text;
using Refit;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Shopware.Json;

namespace ShopwareSync.Core.Shopware.Http;

/// <summary>
/// Refit settings for the Admin API: Shopware's JSON, and every failure turned into a classified
/// <see cref="ShopwareApiException"/> (error response, malformed body, no response) instead of Refit's own exceptions,
/// which would carry the request with its Authorization header and the raw body.
/// </summary>
public static class ShopwareRefitSettings
{
    /// <summary>Bytes of an error body read for classification; Shopware's errors are small, proxy pages are not.</summary>
    private const int MaxErrorBodyBytes = 64 * 1024;

    public static RefitSettings Create(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new RefitSettings(new ShopwareContentSerializer())
        {
            ExceptionFactory = response => FromErrorResponseAsync(response, timeProvider),
            DeserializationExceptionFactory = FromMalformedBodyAsync,
            TransportExceptionFactory = FromTransportFailure,
        };
    }

    internal static async ValueTask<Exception?> FromErrorResponseAsync(HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (response.IsSuccessStatusCode)
            return await IsEmptyWhereResultExpectedAsync(response) ? EmptyBody(response) : null;
        var body = await ReadCappedAsync(response.Content);
        var failure = ShopwareErrorClassifier.ClassifyResponse(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            body,
            ShopwareErrorClassifier.ParseRetryAfter(response.Headers.RetryAfter, timeProvider.GetUtcNow()));
        return new ShopwareApiException(failure, response.RequestMessage?.Method.Method, response.RequestMessage?.RequestUri?.AbsolutePath);
    }

    internal static async ValueTask<Exception?> FromMalformedBodyAsync(HttpResponseMessage response, Exception parseError)
    {
        var malformed = parseError as MalformedResponseBodyException ?? parseError.InnerException as MalformedResponseBodyException;
        var body = malformed is not null ? malformed.Body : await ReadCappedAsync(response.Content);
        var failure = ShopwareErrorClassifier.ClassifyMalformedResponse(
            (int)response.StatusCode,
            malformed?.MediaType ?? response.Content.Headers.ContentType?.MediaType,
            body,
            malformed?.InnerException ?? parseError);
        // The parse error is not kept as inner exception: its message may quote the body.
        return new ShopwareApiException(failure, response.RequestMessage?.Method.Method, response.RequestMessage?.RequestUri?.AbsolutePath);
    }

    internal static Exception FromTransportFailure(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken)
    {
        // The caller cancelled: that is not a Shopware failure.
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            return exception;
        return new ShopwareApiException(
            ShopwareErrorClassifier.ClassifyException(exception), request.Method.Method, request.RequestUri?.AbsolutePath, exception);
    }

    // Refit turns an empty success body into a null result without asking the serializer; a proxy's empty 200
    // must not pass as "Shopware answered nothing".
    private static async Task<bool> IsEmptyWhereResultExpectedAsync(HttpResponseMessage response)
    {
        if (response.RequestMessage is not { } request
            || !ShopwareRequestProperties.TryGet<Type>(request, HttpRequestMessageOptions.InterfaceType, out var api)
            || !ShopwareRequestProperties.TryGet<string>(request, HttpRequestMessageOptions.MethodName, out var name)
            || api.GetMethods().Concat(api.GetInterfaces().SelectMany(i => i.GetMethods())).FirstOrDefault(m => m.Name == name)
                is not { ReturnType.IsGenericType: true })
        {
            return false;
        }

        await response.Content.LoadIntoBufferAsync();
        return response.Content.Headers.ContentLength == 0;
    }

    private static ShopwareApiException EmptyBody(HttpResponseMessage response) => new(
        ShopwareErrorClassifier.ClassifyMalformedResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, null),
        response.RequestMessage?.Method.Method,
        response.RequestMessage?.RequestUri?.AbsolutePath);

    private static async Task<string?> ReadCappedAsync(HttpContent? content)
    {
        if (content is null)
            return null;
        try
        {
            await using var stream = await content.ReadAsStreamAsync();
            var buffer = new byte[MaxErrorBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total))) > 0)
                total += read;
            return Encoding.UTF8.GetString(buffer, 0, total);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ObjectDisposedException)
        {
            // The connection broke mid-body: classify by status alone.
            return null;
        }
    }
}

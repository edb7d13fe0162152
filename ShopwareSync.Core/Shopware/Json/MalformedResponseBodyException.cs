using System.Text.Json;

namespace ShopwareSync.Core.Shopware.Json;

/// <summary>
/// A success answer whose body is not the expected JSON, with the body kept (capped) for the error message:
/// Refit disposes the response before its deserialization-exception hook could read it.
/// </summary>
public sealed class MalformedResponseBodyException : JsonException
{
    public MalformedResponseBodyException(string? body, string? mediaType, Exception innerException)
        : base("The response body is not the expected JSON.", innerException)
    {
        Body = body;
        MediaType = mediaType;
    }

    public MalformedResponseBodyException()
    {
    }

    public MalformedResponseBodyException(string message)
        : base(message)
    {
    }

    public MalformedResponseBodyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The start of the body as received (not redacted; redact before showing it).</summary>
    public string? Body { get; }

    public string? MediaType { get; }
}

namespace ShopwareSync.Core.Shopware.Errors;

/// <summary>
/// Any failed Admin API call: an error response, no response, a timeout, an open circuit or a malformed answer.
/// The message names method, path, status and Shopware's code and detail; it never contains credentials or tokens.
/// </summary>
public sealed class ShopwareApiException : Exception
{
    public ShopwareApiException(ShopwareFailure failure, string? method = null, string? path = null, Exception? innerException = null)
        : base(FormatMessage(failure, method, path), innerException)
    {
        Failure = failure;
        Method = method;
        Path = path;
    }

    public ShopwareApiException()
        : this(new ShopwareFailure(ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected, "Shopware call failed.", null, []))
    {
    }

    public ShopwareApiException(string message)
        : this(new ShopwareFailure(ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected, message, null, []))
    {
    }

    public ShopwareApiException(string message, Exception innerException)
        : this(new ShopwareFailure(ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected, message, null, []), null, null, innerException)
    {
    }

    public ShopwareFailure Failure { get; }

    public string? Method { get; }

    public string? Path { get; }

    public bool IsRetryable => Failure.IsRetryable;

    public int? StatusCode => Failure.StatusCode;

    private static string FormatMessage(ShopwareFailure failure, string? method, string? path)
    {
        var call = method is null ? "Shopware call" : $"Shopware {method} {path}";
        var kind = failure.IsRetryable ? "retryable" : "permanent";
        return $"{call} failed ({kind}, {failure.Reason}): {failure.Message}";
    }
}

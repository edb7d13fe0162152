namespace ShopwareSync.Core.Shopware.Errors;

/// <summary>A classified failure: retryable or permanent, why, and everything Shopware said about it.</summary>
public sealed record ShopwareFailure(
    ShopwareErrorClass Class,
    ShopwareErrorReason Reason,
    string Message,
    int? StatusCode,
    IReadOnlyList<ShopwareApiError> Errors)
{
    public bool IsRetryable => Class == ShopwareErrorClass.Retryable;

    /// <summary>How long the server asked to wait (Retry-After, or Shopware's throttle seconds), if it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Indexes of the records the errors point at, ascending; empty when no error names a record.</summary>
    public IReadOnlyList<int> RecordIndexes =>
        Errors.Select(e => e.RecordIndex).OfType<int>().Distinct().Order().ToList();
}

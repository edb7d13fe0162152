namespace ShopwareSync.Core.Shopware.Errors;

/// <summary>
/// One error Shopware reported, as kept on a job: its code, detail (redacted, truncated) and pointer (Source), with the
/// record index parsed from the pointer so the record at fault can be named.
/// </summary>
public sealed record ShopwareApiError(
    string? Code,
    string? Status,
    string? Title,
    string? Detail,
    ShopwarePointer? Source,
    IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>Index of the record in its sync operation's payload, when the pointer names one.</summary>
    public int? RecordIndex => Source?.RecordIndex;

    public string? OperationKey => Source?.OperationKey;

    public override string ToString() =>
        Source is null ? $"{Code}: {Detail ?? Title}" : $"{Code} at {Source.Raw}: {Detail ?? Title}";
}

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>Shopware's error envelope: <c>{ "errors": [ … ] }</c>, for every status ≥ 400 including OAuth errors.</summary>
public sealed record ShopwareErrorResponse
{
    public IReadOnlyList<ShopwareErrorObject>? Errors { get; init; }
}

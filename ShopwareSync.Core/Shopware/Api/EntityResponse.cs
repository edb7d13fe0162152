namespace ShopwareSync.Core.Shopware.Api;

/// <summary>Plain-JSON answer of a detail read (<c>GET /api/product/{id}</c>): <c>{ "data": { … } }</c>.</summary>
public sealed record EntityResponse<T>
{
    public required T Data { get; init; }
}

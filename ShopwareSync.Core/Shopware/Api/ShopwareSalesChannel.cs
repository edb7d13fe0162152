namespace ShopwareSync.Core.Shopware.Api;

/// <summary>A sales channel as read from <c>/api/search/sales-channel</c>.</summary>
public sealed record ShopwareSalesChannel
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? TypeId { get; init; }

    public string? CurrencyId { get; init; }

    public bool? Active { get; init; }
}

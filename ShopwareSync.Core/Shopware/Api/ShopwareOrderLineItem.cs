using System.Text.Json;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>An order line; for type <c>product</c> the SKU is <c>payload.productNumber</c>, the product <see cref="ReferencedId"/>.</summary>
public sealed record ShopwareOrderLineItem
{
    public required string Id { get; init; }

    public string? Type { get; init; }

    public string? ReferencedId { get; init; }

    /// <summary>Null when the product was deleted.</summary>
    public string? ProductId { get; init; }

    public int Quantity { get; init; }

    public string? Label { get; init; }

    public JsonElement? Payload { get; init; }
}

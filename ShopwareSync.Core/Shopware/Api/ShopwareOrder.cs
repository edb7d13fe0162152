namespace ShopwareSync.Core.Shopware.Api;

/// <summary>The order fields an import reads; page by <see cref="AutoIncrement"/> (unique, insert order).</summary>
public sealed record ShopwareOrder
{
    public required string Id { get; init; }

    public string? OrderNumber { get; init; }

    public int? AutoIncrement { get; init; }

    public DateTimeOffset? OrderDateTime { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public string? StateId { get; init; }

    /// <summary>Loaded only when the criteria lists the association.</summary>
    public ShopwareStateMachineState? StateMachineState { get; init; }

    public IReadOnlyList<ShopwareOrderLineItem>? LineItems { get; init; }
}

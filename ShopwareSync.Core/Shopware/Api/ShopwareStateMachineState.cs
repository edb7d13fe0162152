namespace ShopwareSync.Core.Shopware.Api;

/// <summary>A state of an order, transaction or delivery (<c>open</c>, <c>cancelled</c>, …).</summary>
public sealed record ShopwareStateMachineState
{
    public string? TechnicalName { get; init; }
}

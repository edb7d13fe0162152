using ShopwareSync.Sandbox.Reference;

namespace ShopwareSync.Sandbox.Orders;

/// <summary>
/// An order with the fields a sync imports (admin-api.md 6.1). <c>updatedAt</c> stays null until a state
/// transition writes the order.
/// </summary>
public sealed record SandboxOrder
{
    public required string Id { get; init; }

    public string VersionId => ShopwareDefaults.LiveVersion;

    public required string OrderNumber { get; init; }

    public required int AutoIncrement { get; init; }

    public required DateTimeOffset OrderDateTime { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public string StateId => StateMachineState.Id;

    public required SandboxStateMachineState StateMachineState { get; init; }

    public string SalesChannelId => SandboxReferenceData.StorefrontSalesChannelId;

    public string CurrencyId => ShopwareDefaults.Currency;

    public double AmountTotal => LineItems.Sum(item => item.TotalPrice);

    public required IReadOnlyList<SandboxOrderLineItem> LineItems { get; init; }

    /// <summary>One open payment per order; the sandbox does not move its state.</summary>
    public required IReadOnlyList<SandboxOrderTransaction> Transactions { get; init; }

    /// <summary>One open shipment per order; the sandbox does not move its state.</summary>
    public required IReadOnlyList<SandboxOrderDelivery> Deliveries { get; init; }

    public string ApiAlias => "order";
}

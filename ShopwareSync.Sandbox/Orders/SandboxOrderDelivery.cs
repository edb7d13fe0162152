namespace ShopwareSync.Sandbox.Orders;

/// <summary>An <c>order_delivery</c> (shipment), with its own state machine (admin-api.md 6.1).</summary>
public sealed record SandboxOrderDelivery(string Id, string OrderId, SandboxStateMachineState StateMachineState)
{
    public string StateId => StateMachineState.Id;

    public string ApiAlias => "order_delivery";
}

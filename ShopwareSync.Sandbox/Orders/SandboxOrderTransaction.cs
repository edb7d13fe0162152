namespace ShopwareSync.Sandbox.Orders;

/// <summary>An <c>order_transaction</c> (payment), with its own state machine (admin-api.md 6.1).</summary>
public sealed record SandboxOrderTransaction(string Id, string OrderId, SandboxStateMachineState StateMachineState, DateTimeOffset CreatedAt)
{
    public string StateId => StateMachineState.Id;

    public string ApiAlias => "order_transaction";
}

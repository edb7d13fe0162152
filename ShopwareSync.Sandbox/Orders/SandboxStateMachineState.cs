namespace ShopwareSync.Sandbox.Orders;

/// <summary>A <c>state_machine_state</c>; orders are filtered by its <c>technicalName</c> (admin-api.md 6.2, 9.12).</summary>
public sealed record SandboxStateMachineState(string Id, string TechnicalName, string Name)
{
    public string ApiAlias => "state_machine_state";
}

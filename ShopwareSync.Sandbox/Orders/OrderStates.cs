namespace ShopwareSync.Sandbox.Orders;

/// <summary>
/// The order state machine (<c>order.state</c>, admin-api.md 6.1) and its transitions
/// (<c>process</c>, <c>complete</c>, <c>cancel</c>, <c>reopen</c>). State ids are fixed per sandbox.
/// </summary>
public static class OrderStates
{
    public static SandboxStateMachineState Open { get; } = new("5b1a3d0a9f6f4c6e8e3a1f2b3c4d5e01", "open", "Open");

    public static SandboxStateMachineState InProgress { get; } = new("5b1a3d0a9f6f4c6e8e3a1f2b3c4d5e02", "in_progress", "In Progress");

    public static SandboxStateMachineState Completed { get; } = new("5b1a3d0a9f6f4c6e8e3a1f2b3c4d5e03", "completed", "Done");

    public static SandboxStateMachineState Cancelled { get; } = new("5b1a3d0a9f6f4c6e8e3a1f2b3c4d5e04", "cancelled", "Cancelled");

    public static IReadOnlyList<string> PossibleTransitions(SandboxStateMachineState from)
    {
        string[] all = ["process", "complete", "cancel", "reopen"];
        return all.Where(transition => Target(from, transition) is not null).ToList();
    }

    /// <summary>The initial state of <c>order_transaction.state</c>.</summary>
    public static SandboxStateMachineState TransactionOpen { get; } = new("5b1a3d0a9f6f4c6e8e3a1f2b3c4d5e11", "open", "Open");

    /// <summary>The initial state of <c>order_delivery.state</c>.</summary>
    public static SandboxStateMachineState DeliveryOpen { get; } = new("5b1a3d0a9f6f4c6e8e3a1f2b3c4d5e21", "open", "Open");

    /// <summary>Where a transition leads from a state, or null when Shopware's state machine has no such edge.</summary>
    public static SandboxStateMachineState? Target(SandboxStateMachineState from, string transition)
    {
        ArgumentNullException.ThrowIfNull(from);
        return (from.TechnicalName, transition) switch
        {
            ("open", "process") => InProgress,
            ("open", "cancel") => Cancelled,
            ("in_progress", "complete") => Completed,
            ("in_progress", "cancel") => Cancelled,
            ("completed", "reopen") => Open,
            ("cancelled", "reopen") => Open,
            _ => null,
        };
    }
}

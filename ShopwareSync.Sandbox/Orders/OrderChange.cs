namespace ShopwareSync.Sandbox.Orders;

/// <summary>The order after a placement or transition, or why it was refused (HTTP status and Shopware error).</summary>
public sealed record OrderChange(SandboxOrder? Order, int ErrorStatus, Errors.ShopwareError? Error)
{
    public static OrderChange Refused(int status, Errors.ShopwareError error) => new(null, status, error);
}

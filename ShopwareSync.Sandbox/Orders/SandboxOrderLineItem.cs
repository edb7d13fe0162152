namespace ShopwareSync.Sandbox.Orders;

/// <summary>An <c>order_line_item</c> of type <c>product</c> (admin-api.md 6.1).</summary>
public sealed record SandboxOrderLineItem(
    string Id,
    string OrderId,
    string ReferencedId,
    string? ProductId,
    int Quantity,
    string Label,
    int Position,
    double UnitPrice,
    double TotalPrice,
    SandboxOrderLineItemPayload Payload)
{
    public string Type => "product";

    public bool Good => true;

    public string ApiAlias => "order_line_item";
}

namespace ShopwareSync.Sandbox.Orders;

/// <summary>One line of a storefront order placed through the control surface: a product by id or number.</summary>
public sealed record OrderLineRequest(string? ProductId, string? ProductNumber, int Quantity);

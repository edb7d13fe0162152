using ShopwareSync.Sandbox.Orders;

namespace ShopwareSync.Sandbox.Control;

/// <summary>A storefront checkout to imitate: product lines by id or number.</summary>
public sealed record PlaceOrderRequest(IReadOnlyList<OrderLineRequest> Lines);

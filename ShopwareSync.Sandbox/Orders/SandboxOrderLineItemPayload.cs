namespace ShopwareSync.Sandbox.Orders;

/// <summary>The part of a product line item's <c>payload</c> a sync reads: the SKU (admin-api.md 6.1).</summary>
public sealed record SandboxOrderLineItemPayload(string ProductNumber, int Stock, bool IsCloseout);

using ShopwareSync.Sandbox.Catalog;
using ShopwareSync.Sandbox.Orders;

namespace ShopwareSync.Sandbox.Control;

/// <summary>The whole state, as <c>GET /_sandbox/state</c> answers it.</summary>
public sealed record SandboxStateSnapshot(IReadOnlyList<SandboxProduct> Products, IReadOnlyList<SandboxOrder> Orders);

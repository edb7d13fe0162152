using ShopwareSync.Sandbox.Catalog;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Sandbox.Observability;
using ShopwareSync.Sandbox.Orders;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>
/// Arranging and reading the sandbox through its own services, the same ones its <c>/_sandbox</c> control surface
/// uses: what it holds is what the contract tests assert on, never what the client sent.
/// </summary>
internal static class SandboxServerExtensions
{
    public const string TokenEndpoint = "POST /api/oauth/token";

    public static IReadOnlyList<SandboxProduct> Seed(this SandboxServer sandbox, params SeedProductRequest[] products)
    {
        var store = sandbox.GetRequiredService<SandboxStore>();
        var seeder = sandbox.GetRequiredService<ProductSeeder>();
        var errors = store.Write(state => seeder.Seed(state, products));
        if (errors.Count > 0)
            throw new InvalidOperationException("Seeding the sandbox failed: " + string.Join("; ", errors.Select(e => e.Detail)));
        return [.. products.Select(p => store.Current.FindProductByNumber(p.ProductNumber)!)];
    }

    public static SandboxOrder PlaceOrder(this SandboxServer sandbox, string productNumber, int quantity)
    {
        var store = sandbox.GetRequiredService<SandboxStore>();
        var lifecycle = sandbox.GetRequiredService<OrderLifecycle>();
        var change = store.Write(state => lifecycle.Place(state, [new OrderLineRequest(null, productNumber, quantity)]));
        return change.Order ?? throw new InvalidOperationException("Placing the order failed: " + change.Error?.Detail);
    }

    public static SandboxState State(this SandboxServer sandbox) => sandbox.GetRequiredService<SandboxStore>().Current;

    public static SandboxProduct? ProductByNumber(this SandboxServer sandbox, string productNumber) =>
        sandbox.State().FindProductByNumber(productNumber);

    public static void SetFaults(this SandboxServer sandbox, SandboxFaultOptions faults) =>
        sandbox.GetRequiredService<FaultSwitchboard>().Apply(faults);

    public static SandboxCountersSnapshot Counters(this SandboxServer sandbox) => sandbox.GetRequiredService<SandboxCounters>().Snapshot();

    /// <summary>Requests answered with <paramref name="status"/>, on one endpoint or (null) on all.</summary>
    public static long Answered(this SandboxCountersSnapshot counters, int status, string? endpoint = null) =>
        counters.Requests.Where(r => r.Status == status && (endpoint is null || r.Endpoint == endpoint)).Sum(r => r.Count);

    /// <summary>All requests the sandbox answered (or dropped) on the Admin API.</summary>
    public static long Total(this SandboxCountersSnapshot counters) => counters.Requests.Sum(r => r.Count);
}

using System.Collections.Immutable;
using ShopwareSync.Sandbox.Catalog;
using ShopwareSync.Sandbox.Orders;

namespace ShopwareSync.Sandbox.State;

/// <summary>
/// Everything the sandbox holds, as one immutable value. A request works on a copy and commits it
/// whole, which gives Shopware's all-or-nothing write (admin-api.md 2.4) without undo logic.
/// </summary>
public sealed record SandboxState
{
    public static SandboxState Empty { get; } = new();

    public ImmutableDictionary<string, SandboxProduct> Products { get; private init; } =
        ImmutableDictionary<string, SandboxProduct>.Empty;

    /// <summary>Product numbers are unique case-insensitively (table collation, admin-api.md 10.4).</summary>
    public ImmutableDictionary<string, string> ProductIdsByNumber { get; private init; } =
        ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    public ImmutableList<SandboxOrder> Orders { get; init; } = [];

    public int LastAutoIncrement { get; init; }

    public SandboxProduct? FindProduct(string id) => Products.GetValueOrDefault(id);

    public SandboxProduct? FindProductByNumber(string number) =>
        ProductIdsByNumber.TryGetValue(number, out var id) ? Products[id] : null;

    /// <summary>Whether another product than <paramref name="ownId"/> already uses the number.</summary>
    public bool IsNumberTaken(string number, string ownId) =>
        ProductIdsByNumber.TryGetValue(number, out var id) && id != ownId;

    public SandboxState WithProduct(SandboxProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var numbers = ProductIdsByNumber;
        if (Products.TryGetValue(product.Id, out var previous))
            numbers = numbers.Remove(previous.ProductNumber);
        return this with
        {
            Products = Products.SetItem(product.Id, product),
            ProductIdsByNumber = numbers.SetItem(product.ProductNumber, product.Id),
        };
    }

    /// <summary>Line items keep <c>referencedId</c>; their <c>productId</c> is set null (admin-api.md 3.5).</summary>
    public SandboxState WithoutProduct(string id)
    {
        if (!Products.TryGetValue(id, out var product))
            return this;
        var orders = Orders.Select(order => order.LineItems.Any(item => item.ProductId == id)
            ? order with { LineItems = order.LineItems.Select(item => item.ProductId == id ? item with { ProductId = null } : item).ToList() }
            : order);
        return this with
        {
            Products = Products.Remove(id),
            ProductIdsByNumber = ProductIdsByNumber.Remove(product.ProductNumber),
            Orders = [.. orders],
        };
    }

    public SandboxState WithOrder(SandboxOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var index = Orders.FindIndex(existing => existing.Id == order.Id);
        return this with { Orders = index < 0 ? Orders.Add(order) : Orders.SetItem(index, order) };
    }
}

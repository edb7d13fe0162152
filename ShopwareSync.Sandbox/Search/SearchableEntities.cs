using ShopwareSync.Sandbox.Json;
using ShopwareSync.Sandbox.Reference;

namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// The entities the sandbox serves search routes for; route names are kebab-case (admin-api.md 3.1).
/// Without a sort, rows come in primary-key order, as a table scan in MySQL usually returns them; new
/// ids are UUIDv7, so that is roughly creation order, and client-chosen ids come in id order.
/// </summary>
public static class SearchableEntities
{
    public static IReadOnlyList<SearchableEntity> All { get; } =
    [
        new("product", EntitySchemas.Product, state => state.Products.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(SandboxJson.ToObject)),
        new("order", EntitySchemas.Order, state => state.Orders.OrderBy(o => o.Id, StringComparer.Ordinal).Select(SandboxJson.ToObject)),
        new("currency", EntitySchemas.Currency, _ => SandboxReferenceData.Currencies.Select(SandboxJson.ToObject)),
        new("tax", EntitySchemas.Tax, _ => SandboxReferenceData.Taxes.Select(SandboxJson.ToObject)),
        new("sales-channel", EntitySchemas.SalesChannel, _ => SandboxReferenceData.SalesChannels.Select(SandboxJson.ToObject)),
    ];

    public static SearchableEntity? Find(string routeName) =>
        All.FirstOrDefault(entity => entity.RouteName.Equals(routeName, StringComparison.Ordinal));
}

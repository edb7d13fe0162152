namespace ShopwareSync.Sandbox.Catalog;

/// <summary>
/// A <c>product_visibility</c>: where a product shows (10 link only, 20 search only, 30 everywhere;
/// admin-api.md 3.2). Unique per product and sales channel.
/// </summary>
public sealed record SandboxProductVisibility(string Id, string ProductId, string SalesChannelId, int Visibility)
{
    public string ApiAlias => "product_visibility";
}

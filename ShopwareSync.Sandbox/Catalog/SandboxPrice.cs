namespace ShopwareSync.Sandbox.Catalog;

/// <summary>One item of <c>product.price</c> (admin-api.md 3.2): all four keys are required on write.</summary>
public sealed record SandboxPrice(string CurrencyId, double Net, double Gross, bool Linked)
{
    public string ApiAlias => "price";
}

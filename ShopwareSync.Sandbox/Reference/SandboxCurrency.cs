namespace ShopwareSync.Sandbox.Reference;

/// <summary>A <c>currency</c> as <c>POST /api/search/currency</c> returns it.</summary>
public sealed record SandboxCurrency(string Id, string IsoCode, string Name, string ShortName, string Symbol, double Factor, bool IsSystemDefault)
{
    public string ApiAlias => "currency";
}

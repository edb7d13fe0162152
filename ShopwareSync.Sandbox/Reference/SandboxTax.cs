namespace ShopwareSync.Sandbox.Reference;

/// <summary>A <c>tax</c> with the fields admin-api.md 3.2 names: <c>id</c>, <c>name</c>, <c>taxRate</c>, <c>position</c>.</summary>
public sealed record SandboxTax(string Id, string Name, double TaxRate, int Position)
{
    public string ApiAlias => "tax";
}

namespace ShopwareSync.Sandbox.Reference;

/// <summary>A <c>sales_channel</c> with the fields admin-api.md 3.2 names: <c>id</c>, <c>name</c>, <c>typeId</c>, <c>accessKey</c>.</summary>
public sealed record SandboxSalesChannel(string Id, string Name, string TypeId, string AccessKey, bool Active, string CurrencyId)
{
    public string ApiAlias => "sales_channel";
}

namespace ShopwareSync.Sandbox.Reference;

/// <summary>Ids that are the same in every Shopware installation (admin-api.md 3.2, <c>Defaults</c>).</summary>
public static class ShopwareDefaults
{
    public const string Currency = "b7d2554b0ce847cd82f3ac9bd1c0dfca";
    public const string LanguageSystem = "2fbb5fe2e29a4d70aa5854ce7ce3e20b";
    public const string LiveVersion = "0fa91ce3e96a4bc2be4bd9ce752c3425";
    public const string StorefrontSalesChannelType = "8a243080f92e4c719546314b577cf82b";
}

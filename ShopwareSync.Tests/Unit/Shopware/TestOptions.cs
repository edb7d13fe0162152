using ShopwareSync.Core.Shopware;

namespace ShopwareSync.Tests.Unit.Shopware;

/// <summary>Well-formed options to start from; each test changes what it examines.</summary>
internal static class TestOptions
{
    public const string ClientSecret = "integration-secret-7f3a9c";
    public const string Password = "admin-password-4b2e";

    public static ShopwareOptions Valid() => new()
    {
        BaseUrl = "https://shop.example.test",
        ClientId = "SWIAQ0FSVE1JWFDWMKPXM0JQNQ",
        ClientSecret = ClientSecret,
        SalesChannelId = "98432def39fc4624b33213a56b8c944d",
        Features = new ShopwareFeatureOptions { Enabled = true, StockSync = true },
    };
}

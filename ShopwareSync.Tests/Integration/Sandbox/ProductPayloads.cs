namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>Product records as a client sends them, with every field a create requires (admin-api.md 3.2).</summary>
internal static class ProductPayloads
{
    public static string New(string productNumber, int stock, string? id = null, string name = "Blue mug") =>
        $$"""
        {{{(id is null ? string.Empty : $"\"id\":\"{id}\",")}}
          "productNumber":"{{productNumber}}","stock":{{stock}},"name":"{{name}}","taxId":"{{SandboxApiClient.StandardTaxId}}",
          "price":[{"currencyId":"{{SandboxApiClient.DefaultCurrencyId}}","gross":11.9,"net":10.0,"linked":true}]}
        """;

    public static string Id(int n) => n.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}

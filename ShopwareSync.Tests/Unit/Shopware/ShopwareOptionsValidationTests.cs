using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShopwareSync.Core.Shopware;

namespace ShopwareSync.Tests.Unit.Shopware;

public class ShopwareOptionsValidationTests
{
    private static List<string> Failures(ShopwareOptions options)
    {
        var results = new IValidateOptions<ShopwareOptions>[] { new ShopwareOptionsDataAnnotationsValidator(), new ShopwareOptionsValidator() }
            .Select(v => v.Validate(Options.DefaultName, options))
            .Where(r => r.Failed)
            .SelectMany(r => r.Failures ?? []);
        return results.ToList();
    }

    [Test]
    public void Validate_WellFormedOptions_Succeeds()
    {
        Assert.That(Failures(TestOptions.Valid()), Is.Empty);
    }

    [Test]
    public void Validate_DisabledWithNothingConfigured_Succeeds()
    {
        Assert.That(Failures(new ShopwareOptions()), Is.Empty);
    }

    [TestCase("shop.example.test")]
    [TestCase("ftp://shop.example.test")]
    [TestCase("/relative")]
    public void Validate_BaseUrlNotAbsoluteHttp_NamesSettingAndValue(string baseUrl)
    {
        var options = TestOptions.Valid();
        options.BaseUrl = baseUrl;

        Assert.That(Failures(options), Has.One.Contains("Shopware:BaseUrl").And.Contains("Shopware__BaseUrl").And.Contains($"'{baseUrl}'"));
    }

    [Test]
    public void Validate_EnabledWithoutBaseUrl_NamesSetting()
    {
        var options = TestOptions.Valid();
        options.BaseUrl = null;

        Assert.That(Failures(options), Has.One.Contains("Shopware:BaseUrl (Shopware__BaseUrl) is required"));
    }

    [Test]
    public void Validate_ClientIdWithoutSecret_NamesMissingSetting()
    {
        var options = TestOptions.Valid();
        options.ClientSecret = null;

        Assert.That(Failures(options), Has.One.Contains("Shopware:ClientSecret (Shopware__ClientSecret) is required"));
    }

    [Test]
    public void Validate_PasswordWithoutUsername_NamesMissingSettingButNotPassword()
    {
        var options = TestOptions.Valid();
        options.ClientId = null;
        options.ClientSecret = null;
        options.Password = TestOptions.Password;

        var failures = Failures(options);

        Assert.That(failures, Has.One.Contains("Shopware:Username (Shopware__Username) is required"));
        Assert.That(string.Join("\n", failures), Does.Not.Contain(TestOptions.Password));
    }

    [Test]
    public void Validate_BothCredentialSets_FailsWithoutRevealingSecrets()
    {
        var options = TestOptions.Valid();
        options.Username = "admin";
        options.Password = TestOptions.Password;

        var failures = Failures(options);

        Assert.That(failures, Has.One.Contains("not both"));
        Assert.That(string.Join("\n", failures), Does.Not.Contain(TestOptions.Password).And.Not.Contain(TestOptions.ClientSecret));
    }

    [Test]
    public void Validate_EnabledWithoutCredentials_NamesBothWays()
    {
        var options = TestOptions.Valid();
        options.ClientId = null;
        options.ClientSecret = null;

        Assert.That(Failures(options), Has.One.Contains("Shopware:ClientId and Shopware:ClientSecret").And.Contains("Shopware:Username and Shopware:Password"));
    }

    [Test]
    public void Validate_ClientIdWithUnknownPrefix_NamesValue()
    {
        var options = TestOptions.Valid();
        options.ClientId = "administration";

        Assert.That(Failures(options), Has.One.Contains("Shopware:ClientId").And.Contains("'administration'"));
    }

    [TestCase("98432DEF39FC4624B33213A56B8C944D")]
    [TestCase("98432def-39fc-4624-b332-13a56b8c944d")]
    [TestCase("98432def")]
    public void Validate_SalesChannelIdNot32LowerHex_NamesSettingAndValue(string id)
    {
        var options = TestOptions.Valid();
        options.SalesChannelId = id;

        Assert.That(Failures(options), Has.One.Contains("Shopware:SalesChannelId (Shopware__SalesChannelId)").And.Contains($"'{id}'"));
    }

    [Test]
    public void Validate_OptionalIdLeftEmpty_CountsAsUnset()
    {
        var options = TestOptions.Valid();
        options.TaxId = "";

        Assert.That(Failures(options), Is.Empty);
    }

    [Test]
    public void Validate_CurrencyIdEmpty_IsRequired()
    {
        var options = TestOptions.Valid();
        options.CurrencyId = " ";

        Assert.That(Failures(options), Has.One.EqualTo("Shopware:CurrencyId (Shopware__CurrencyId) is required."));
    }

    [Test]
    public void Validate_CatalogWritesWithoutSalesChannel_NamesSetting()
    {
        var options = TestOptions.Valid();
        options.SalesChannelId = null;
        options.Features.CatalogWrites = true;

        Assert.That(Failures(options), Has.One.Contains("Shopware:SalesChannelId").And.Contains("CatalogWrites"));
    }

    [TestCase(0)]
    [TestCase(501)]
    public void Validate_BatchSizeOutOfBounds_NamesSetting(int batchSize)
    {
        var options = TestOptions.Valid();
        options.BatchSize = batchSize;

        Assert.That(Failures(options), Has.One.Contains($"Shopware:BatchSize (Shopware__BatchSize) must be between 1 and 500; got {batchSize}."));
    }

    [Test]
    public void Validate_RequestTimeoutZero_NamesSetting()
    {
        var options = TestOptions.Valid();
        options.RequestTimeout = TimeSpan.Zero;

        Assert.That(Failures(options), Has.One.Contains("Shopware:RequestTimeout (Shopware__RequestTimeout)"));
    }

    [Test]
    public void Validate_TotalTimeoutShorterThanRequestTimeout_NamesBothValues()
    {
        var options = TestOptions.Valid();
        options.RequestTimeout = TimeSpan.FromSeconds(30);
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(20);

        Assert.That(Failures(options), Has.One.Contains("Shopware:Resilience:TotalTimeout (00:00:20)").And.Contains("Shopware:RequestTimeout (00:00:30)"));
    }

    [Test]
    public void Validate_NestedResilienceOutOfRange_NamesNestedSetting()
    {
        var options = TestOptions.Valid();
        options.Resilience.MaxRetryAttempts = 11;

        Assert.That(Failures(options), Has.One.Contains("Shopware:Resilience:MaxRetryAttempts"));
    }

    [Test]
    public void ToString_WithSecrets_ShowsNeitherSecretNorPassword()
    {
        var options = TestOptions.Valid();
        options.Password = TestOptions.Password;

        Assert.That(options.ToString(), Does.Not.Contain(TestOptions.ClientSecret).And.Not.Contain(TestOptions.Password).And.Contain("ClientSecret = ***"));
    }

    [Test]
    public void AddShopwareClient_InvalidConfiguration_FailsAtStartWithSettingName()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Shopware:Features:Enabled"] = "true",
            ["Shopware:BaseUrl"] = "not a url",
            ["Shopware:ClientId"] = "SWIAABC",
            ["Shopware:ClientSecret"] = TestOptions.ClientSecret,
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddShopwareClient(configuration).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<ShopwareOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("Shopware:BaseUrl").And.Not.Contain(TestOptions.ClientSecret));
    }

    [Test]
    public void AddShopwareClient_EnvironmentStyleKeys_BindToOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Shopware:RequestTimeout"] = "00:00:25",
            ["Shopware:Features:StockSync"] = "true",
            ["Shopware:Resilience:MaxRetryAttempts"] = "5",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddShopwareClient(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ShopwareOptions>>().Value;

        Assert.That((options.RequestTimeout, options.Features.StockSync, options.Features.StockSyncActive, options.Resilience.MaxRetryAttempts),
            Is.EqualTo((TimeSpan.FromSeconds(25), true, false, 5)));
    }
}

using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Sandbox.Auth;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>The token route through the real client: both grants, and wrong credentials.</summary>
[TestFixture]
public sealed class TokenContractTests
{
    private const string WrongSecret = "not-the-sandbox-secret-5f1c";

    [Test]
    public async Task RequestTokenAsync_ClientCredentials_ReturnsTokenTheShopAccepts()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);

        var response = await client.Api.RequestTokenAsync(
            OAuthTokenRequest.ForClientCredentials(SandboxServer.AccessKeyId, SandboxServer.SecretAccessKey), CancellationToken.None);

        Assert.That(response.AccessToken, Is.Not.Null.And.Not.Empty);
        Assert.That(sandbox.GetRequiredService<AccessTokenRegistry>().Verify(response.AccessToken!), Is.Null, "the sandbox accepts the token");
        Assert.That(response.ExpiresInSeconds, Is.EqualTo(600));
        Assert.That(response.RefreshToken, Is.Null, "client credentials get no refresh token");
    }

    [Test]
    public async Task RequestTokenAsync_PasswordGrantOfAdminUser_ReturnsTokenAndRefreshToken()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);

        var response = await client.Api.RequestTokenAsync(OAuthTokenRequest.ForPassword("admin", "shopware"), CancellationToken.None);

        Assert.That(sandbox.GetRequiredService<AccessTokenRegistry>().Verify(response.AccessToken!), Is.Null);
        Assert.That(response.RefreshToken, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task GetProductAsync_ConfiguredWithAdminUser_SignsInWithPasswordGrant()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("PW-1", 4));
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?>
        {
            ["Shopware:ClientId"] = null,
            ["Shopware:ClientSecret"] = null,
            ["Shopware:Username"] = "admin",
            ["Shopware:Password"] = "shopware",
        });

        var product = await client.Api.GetProductAsync(seeded[0].Id, CancellationToken.None);

        Assert.That(product.Data.ProductNumber, Is.EqualTo("PW-1"));
        Assert.That(client.Recording.BodiesOf("POST", "/api/oauth/token").Single(), Does.Contain("\"grant_type\":\"password\""));
        Assert.That(client.Recording.Attempts.Select(a => (a.Path, a.HasBearerToken)),
            Is.EqualTo(new[] { ("/api/oauth/token", false), ($"/api/product/{seeded[0].Id}", true) }), "the token goes only where it belongs");
        Assert.That(sandbox.Counters().Answered(200, SandboxServerExtensions.TokenEndpoint), Is.EqualTo(1));
    }

    [Test]
    public async Task GetProductAsync_WrongClientSecret_FailsPermanentlyWithoutNamingTheSecret()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?> { ["Shopware:ClientSecret"] = WrongSecret });

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.GetProductAsync(new string('a', 32), CancellationToken.None));

        Assert.That(failure!.StatusCode, Is.EqualTo(401));
        Assert.That(failure.IsRetryable, Is.False);
        Assert.That(failure.Failure.Reason, Is.EqualTo(ShopwareErrorReason.InvalidCredentials));
        Assert.That(failure.ToString(), Does.Not.Contain(WrongSecret).And.Not.Contain(SandboxServer.SecretAccessKey));
        // Permanent means not repeated: one sign-in attempt, no request to the product route.
        var counters = sandbox.Counters();
        Assert.That(counters.Answered(401, SandboxServerExtensions.TokenEndpoint), Is.EqualTo(1));
        Assert.That(counters.Total(), Is.EqualTo(1));
    }

    [Test]
    public async Task GetProductAsync_WrongAdminPassword_FailsPermanentlyWithoutNamingThePassword()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?>
        {
            ["Shopware:ClientId"] = null,
            ["Shopware:ClientSecret"] = null,
            ["Shopware:Username"] = "admin",
            ["Shopware:Password"] = WrongSecret,
        });

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.GetProductAsync(new string('a', 32), CancellationToken.None));

        Assert.That(failure!.StatusCode, Is.EqualTo(400));
        Assert.That(failure.IsRetryable, Is.False);
        Assert.That(failure.Failure.Reason, Is.EqualTo(ShopwareErrorReason.InvalidCredentials));
        Assert.That(failure.ToString(), Does.Not.Contain(WrongSecret));
        Assert.That(sandbox.Counters().Total(), Is.EqualTo(1), "a wrong password is not repeated into the login throttle");
    }
}

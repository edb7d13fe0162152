using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Shopware.Http;

namespace ShopwareSync.Tests.Unit.Shopware;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ShopwareTokenSourceTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    private readonly Mock<IShopwareOAuthApi> oauth = new();
    private int issued;

    private ShopwareTokenSource CreateSource(ShopwareOptions? options = null) =>
        new(() => oauth.Object, Options.Create(options ?? TestOptions.Valid()), clock, new FakeLogger<ShopwareTokenSource>());

    private void AnswerWithFreshTokens(double expiresIn = 600) =>
        oauth.Setup(o => o.RequestTokenAsync(It.IsAny<OAuthTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new OAuthTokenResponse
            {
                TokenType = "Bearer", ExpiresInSeconds = expiresIn, AccessToken = $"token-{Interlocked.Increment(ref issued)}",
            });

    [Test]
    public async Task GetTokenAsync_SecondCallWithinLifetime_ReusesCachedToken()
    {
        AnswerWithFreshTokens();
        using var source = CreateSource();

        var first = await source.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));
        var second = await source.GetTokenAsync(CancellationToken.None);

        Assert.That((first, second), Is.EqualTo(("token-1", "token-1")));
        oauth.Verify(o => o.RequestTokenAsync(It.IsAny<OAuthTokenRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task GetTokenAsync_WithinLastMinuteOfLifetime_SignsInAgain()
    {
        AnswerWithFreshTokens(expiresIn: 600);
        using var source = CreateSource();
        await source.GetTokenAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(539));
        var beforeMargin = await source.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var atMargin = await source.GetTokenAsync(CancellationToken.None);

        Assert.That((beforeMargin, atMargin), Is.EqualTo(("token-1", "token-2")));
    }

    [Test]
    public async Task GetTokenAsync_ShortLifetime_RefreshesAtHalfLifetime()
    {
        AnswerWithFreshTokens(expiresIn: 60);
        using var source = CreateSource();
        await source.GetTokenAsync(CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(29));
        var before = await source.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = await source.GetTokenAsync(CancellationToken.None);

        Assert.That((before, after), Is.EqualTo(("token-1", "token-2")));
    }

    [Test]
    public async Task GetTokenAsync_ConcurrentCallers_ShareOneSignIn()
    {
        var answer = new TaskCompletionSource<OAuthTokenResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        oauth.Setup(o => o.RequestTokenAsync(It.IsAny<OAuthTokenRequest>(), It.IsAny<CancellationToken>())).Returns(answer.Task);
        using var source = CreateSource();

        var callers = Enumerable.Range(0, 8).Select(_ => source.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        answer.SetResult(new OAuthTokenResponse { ExpiresInSeconds = 600, AccessToken = "shared-token" });
        var tokens = await Task.WhenAll(callers);

        Assert.That(tokens, Is.All.EqualTo("shared-token"));
        oauth.Verify(o => o.RequestTokenAsync(It.IsAny<OAuthTokenRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Invalidate_CurrentToken_NextCallSignsIn()
    {
        AnswerWithFreshTokens();
        using var source = CreateSource();
        var rejected = await source.GetTokenAsync(CancellationToken.None);

        source.Invalidate(rejected);

        Assert.That(await source.GetTokenAsync(CancellationToken.None), Is.EqualTo("token-2"));
    }

    [Test]
    public async Task Invalidate_TokenAlreadyReplaced_KeepsCurrentToken()
    {
        AnswerWithFreshTokens();
        using var source = CreateSource();
        var old = await source.GetTokenAsync(CancellationToken.None);
        source.Invalidate(old);
        var current = await source.GetTokenAsync(CancellationToken.None);

        // A late 401 for the old token must not throw away the token another request just fetched.
        source.Invalidate(old);

        Assert.That((current, await source.GetTokenAsync(CancellationToken.None)), Is.EqualTo(("token-2", "token-2")));
    }

    [Test]
    public async Task GetTokenAsync_ClientCredentials_SendsIntegrationGrant()
    {
        AnswerWithFreshTokens();
        using var source = CreateSource();

        await source.GetTokenAsync(CancellationToken.None);

        oauth.Verify(o => o.RequestTokenAsync(
            It.Is<OAuthTokenRequest>(r => r.GrantType == "client_credentials" && r.ClientId == "SWIAQ0FSVE1JWFDWMKPXM0JQNQ"
                                          && r.ClientSecret == TestOptions.ClientSecret && r.Password == null),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task GetTokenAsync_AdminUser_SendsPasswordGrantWithAdministrationClient()
    {
        AnswerWithFreshTokens();
        var options = TestOptions.Valid();
        options.ClientId = null;
        options.ClientSecret = null;
        options.Username = "admin";
        options.Password = TestOptions.Password;
        using var source = CreateSource(options);

        await source.GetTokenAsync(CancellationToken.None);

        oauth.Verify(o => o.RequestTokenAsync(
            It.Is<OAuthTokenRequest>(r => r.GrantType == "password" && r.ClientId == "administration" && r.Username == "admin"
                                          && r.Password == TestOptions.Password && r.Scope == "write"),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase(null, 600)]
    [TestCase("", 600)]
    [TestCase("token", 0)]
    public async Task GetTokenAsync_AnswerWithoutTokenOrLifetime_ThrowsMalformed(string? accessToken, double expiresIn)
    {
        oauth.Setup(o => o.RequestTokenAsync(It.IsAny<OAuthTokenRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OAuthTokenResponse { AccessToken = accessToken, ExpiresInSeconds = expiresIn });
        using var source = CreateSource();

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(async () => await source.GetTokenAsync(CancellationToken.None));

        Assert.That(exception!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.MalformedResponse));
    }

    [Test]
    public async Task GetTokenAsync_NoCredentials_ThrowsPermanentWithoutCallingShopware()
    {
        var options = TestOptions.Valid();
        options.ClientSecret = null;
        using var source = CreateSource(options);

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(async () => await source.GetTokenAsync(CancellationToken.None));

        Assert.That((exception!.IsRetryable, exception.Failure.Reason), Is.EqualTo((false, ShopwareErrorReason.InvalidCredentials)));
        oauth.VerifyNoOtherCalls();
    }
}

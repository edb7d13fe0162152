using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopwareSync.Core.Observability;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;

namespace ShopwareSync.Core.Shopware.Http;

/// <summary>
/// Signs in with the configured grant and caches the token until shortly before its expires_in runs out. One
/// sign-in at a time: concurrent callers wait for it and share its token. Client credentials get no refresh token,
/// so a new token is always a new grant. The token client is resolved per sign-in (a transient typed client), so
/// this long-lived singleton does not pin one HTTP handler and miss DNS changes.
/// </summary>
public sealed class ShopwareTokenSource(
    Func<IShopwareOAuthApi> oauthApi,
    IOptions<ShopwareOptions> options,
    TimeProvider timeProvider,
    ILogger<ShopwareTokenSource> logger,
    ShopwareMetrics? metrics = null) : IShopwareTokenSource, IDisposable
{
    private readonly SemaphoreSlim signInGate = new(1, 1);
    private CachedToken? current;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref current);
        if (cached is not null && timeProvider.GetUtcNow() < cached.RefreshAt)
            return cached.Value;

        await signInGate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have signed in while this one waited.
            cached = Volatile.Read(ref current);
            if (cached is not null && timeProvider.GetUtcNow() < cached.RefreshAt)
                return cached.Value;

            var fresh = await SignInAsync(cancellationToken);
            Volatile.Write(ref current, fresh);
            return fresh.Value;
        }
        finally
        {
            signInGate.Release();
        }
    }

    public void Invalidate(string rejectedToken)
    {
        var cached = Volatile.Read(ref current);
        if (cached is not null && string.Equals(cached.Value, rejectedToken, StringComparison.Ordinal))
            Interlocked.CompareExchange(ref current, null, cached);
    }

    public void Dispose() => signInGate.Dispose();

    private async Task<CachedToken> SignInAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var request = settings.Grant switch
        {
            ShopwareGrant.ClientCredentials => OAuthTokenRequest.ForClientCredentials(settings.ClientId!, settings.ClientSecret!),
            ShopwareGrant.Password => OAuthTokenRequest.ForPassword(settings.Username!, settings.Password!),
            _ => throw new ShopwareApiException(new ShopwareFailure(
                ShopwareErrorClass.Permanent, ShopwareErrorReason.InvalidCredentials,
                "No complete Shopware credentials are configured (Shopware:ClientId/ClientSecret or Shopware:Username/Password).", null, [])),
        };

        // Measured from before the call, so a slow answer cannot stretch the token past its real expiry.
        var requestedAt = timeProvider.GetUtcNow();
        var response = await oauthApi().RequestTokenAsync(request, cancellationToken);
        if (string.IsNullOrEmpty(response.AccessToken) || !(response.ExpiresInSeconds > 0))
        {
            throw new ShopwareApiException(new ShopwareFailure(
                ShopwareErrorClass.Retryable, ShopwareErrorReason.MalformedResponse,
                "The token endpoint answered without an access_token or a positive expires_in.", 200, []), "POST", "/api/oauth/token");
        }

        var lifetime = TimeSpan.FromSeconds(response.ExpiresInSeconds);
        var margin = lifetime / 2 < ShopwareDefaults.TokenRefreshMargin ? lifetime / 2 : ShopwareDefaults.TokenRefreshMargin;
        var token = new CachedToken(response.AccessToken, requestedAt + lifetime - margin);
        Log.TokenAcquired(logger, settings.Grant, response.ExpiresInSeconds, token.RefreshAt);
        metrics?.TokenRefreshed();
        return token;
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt)
    {
        public override string ToString() => $"{nameof(CachedToken)} {{ RefreshAt = {RefreshAt:O} }}";
    }
}

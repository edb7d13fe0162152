using Refit;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>
/// The token endpoint alone. Registered as its own client without the authentication handler, so fetching a
/// token never recurses into fetching a token.
/// </summary>
[Headers("Accept: application/json")]
public interface IShopwareOAuthApi
{
    [Post("/api/oauth/token")]
    Task<OAuthTokenResponse> RequestTokenAsync([Body] OAuthTokenRequest request, CancellationToken cancellationToken);
}

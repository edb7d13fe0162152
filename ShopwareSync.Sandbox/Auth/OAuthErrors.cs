using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Errors;

namespace ShopwareSync.Sandbox.Auth;

/// <summary>
/// league/oauth2-server errors as Shopware answers them: league's numeric code as a string, its
/// message as <c>title</c>, its hint (often null) as <c>detail</c> (admin-api.md 1.3, 10.10).
/// </summary>
public static class OAuthErrors
{
    public static ShopwareError UnsupportedGrantType() =>
        new("400", "2", "The authorization grant type is not supported by the authorization server.",
            "Check that all required parameters have been provided");

    public static ShopwareError InvalidRequest(string parameter) =>
        new("400", "3", "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.",
            $"Check the `{parameter}` parameter");

    public static ShopwareError InvalidClient() => new("401", "4", "Client authentication failed", null);

    public static ShopwareError InvalidCredentials() => new("400", "6", "The user credentials were incorrect.", null);

    public static ShopwareError InvalidRefreshToken(string detail) => new("401", "8", "The refresh token is invalid.", detail);

    public static ShopwareError InvalidAccessKey() =>
        new("500", "FRAMEWORK__API_INVALID_ACCESS_KEY", "Internal Server Error", "Access key is invalid and could not be identified.",
            Meta: new ShopwareErrorMeta(new JsonArray()));

    public static ShopwareError Throttled(int seconds) =>
        new("429", "FRAMEWORK__AUTH_THROTTLED", "Too Many Requests", $"Auth throttled for {seconds} seconds.",
            Meta: new ShopwareErrorMeta(new JsonObject { ["seconds"] = seconds }));
}

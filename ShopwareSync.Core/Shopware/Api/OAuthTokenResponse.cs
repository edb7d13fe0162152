using System.Text.Json.Serialization;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>Answer of <c>POST /api/oauth/token</c>. Shopware's default lifetime is 600 s; always use the one received.</summary>
public sealed record OAuthTokenResponse
{
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("expires_in")]
    public double ExpiresInSeconds { get; init; }

    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>Only after a password grant.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    public override string ToString() => $"{nameof(OAuthTokenResponse)} {{ TokenType = {TokenType}, ExpiresInSeconds = {ExpiresInSeconds} }}";
}

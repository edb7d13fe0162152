using System.Text.Json.Serialization;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>Body of <c>POST /api/oauth/token</c>. Field names are OAuth's snake_case.</summary>
public sealed record OAuthTokenRequest
{
    [JsonPropertyName("grant_type")]
    public required string GrantType { get; init; }

    [JsonPropertyName("client_id")]
    public required string ClientId { get; init; }

    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }

    [JsonPropertyName("username")]
    public string? Username { get; init; }

    [JsonPropertyName("password")]
    public string? Password { get; init; }

    /// <summary>Space-separated string; Shopware 6.7 rejects a JSON array.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    public static OAuthTokenRequest ForClientCredentials(string clientId, string clientSecret) =>
        new() { GrantType = "client_credentials", ClientId = clientId, ClientSecret = clientSecret };

    public static OAuthTokenRequest ForPassword(string username, string password) =>
        new() { GrantType = "password", ClientId = ShopwareDefaults.AdministrationClientId, Username = username, Password = password, Scope = "write" };

    // The generated record ToString would print the secret.
    public override string ToString() => $"{nameof(OAuthTokenRequest)} {{ GrantType = {GrantType}, ClientId = {ClientId}, Username = {Username} }}";
}

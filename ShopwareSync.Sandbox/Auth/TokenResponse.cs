using System.Text.Json.Serialization;

namespace ShopwareSync.Sandbox.Auth;

/// <summary>The token answer (admin-api.md 1.1); only the password and refresh grants carry a refresh token.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken);

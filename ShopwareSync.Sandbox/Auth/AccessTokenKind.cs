namespace ShopwareSync.Sandbox.Auth;

/// <summary>Which grant issued a token: an integration (client_credentials) or an admin user (password).</summary>
public enum AccessTokenKind
{
    Integration,
    AdminUser,
}

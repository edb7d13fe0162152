namespace ShopwareSync.Sandbox.Auth;

/// <summary>A token the sandbox issued, with when it dies and how often it was used.</summary>
public sealed record IssuedAccessToken(string Token, AccessTokenKind Kind, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public int Uses { get; set; }
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Sandbox.Hosting;

namespace ShopwareSync.Sandbox.Auth;

/// <summary>
/// Issues and checks bearer tokens. Tokens look like JWTs (three dot-separated parts) but are opaque
/// here; a token dies at <c>expires_in</c> (admin-api.md 1.1) or earlier when the early-expiry fault
/// switches say so (admin-api.md 9.10).
/// </summary>
public sealed class AccessTokenRegistry(IOptions<SandboxOptions> options, FaultSwitchboard faults, TimeProvider time)
{
    private const string JwtHeader = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9";
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IssuedAccessToken> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _refreshTokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => options.Value.AccessTokenLifetime;

    public IssuedAccessToken Issue(AccessTokenKind kind)
    {
        var now = time.GetUtcNow();
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{{\"jti\":\"{Guid.NewGuid():N}\",\"iat\":{now.ToUnixTimeSeconds()}}}"));
        var token = new IssuedAccessToken($"{JwtHeader}.{payload}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}", kind, now, now + Lifetime);
        lock (_lock)
            _tokens[token.Token] = token;
        return token;
    }

    public string IssueRefreshToken()
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(48));
        lock (_lock)
            _refreshTokens[token] = true;
        return token;
    }

    /// <summary>Uses up a refresh token; null when it was valid, else league's hint (admin-api.md 1.1).</summary>
    public string? RedeemRefreshToken(string refreshToken)
    {
        lock (_lock)
        {
            if (!_refreshTokens.TryGetValue(refreshToken, out var unused))
                return "Cannot decrypt the refresh token";
            if (!unused)
                return "Token has been revoked";
            _refreshTokens[refreshToken] = false;
            return null;
        }
    }

    /// <summary>Checks a bearer token and counts its use; null when valid, else the 401 detail (admin-api.md 1.3).</summary>
    public string? Verify(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Count(c => c == '.') != 2)
            return "The JWT string must have two dots";
        var now = time.GetUtcNow();
        var fault = faults.Current;
        lock (_lock)
        {
            if (!_tokens.TryGetValue(token, out var issued))
                return "Access token could not be verified";
            issued.Uses++;
            var expired = now >= issued.ExpiresAt
                || (fault.TokenExpiresAfter is { } early && now >= issued.IssuedAt + early)
                || (fault.TokenExpiresAfterRequests is { } uses && issued.Uses > uses);
            return expired ? "Access token could not be verified" : null;
        }
    }

    /// <summary>Makes every issued token invalid, as rotating <c>APP_SECRET</c> does (admin-api.md 1.3).</summary>
    public void RevokeAll()
    {
        lock (_lock)
        {
            _tokens.Clear();
            _refreshTokens.Clear();
        }
    }
}

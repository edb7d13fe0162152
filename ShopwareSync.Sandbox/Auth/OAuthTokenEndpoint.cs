using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ShopwareSync.Sandbox.Api;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Hosting;
using ShopwareSync.Sandbox.Json;

namespace ShopwareSync.Sandbox.Auth;

/// <summary>
/// <c>POST /api/oauth/token</c> with the client_credentials, password and refresh_token grants
/// (admin-api.md 1.1), Shopware's error answers (1.3, 10.10) and its login throttle (1.4).
/// </summary>
public static class OAuthTokenEndpoint
{
    private const string AdministrationClient = "administration";

    public static void MapOAuthTokenEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/oauth/token", IssueAsync).AllowAnonymous();

    private static async Task<IResult> IssueAsync(
        HttpContext context, AccessTokenRegistry tokens, OAuthLoginThrottle throttle, IOptions<SandboxOptions> options, CancellationToken cancellationToken)
    {
        var parameters = await ReadParametersAsync(context, cancellationToken);
        var username = Text(parameters, "username") ?? string.Empty;
        var throttleKey = $"{username}-{context.Connection.RemoteIpAddress}";
        if (throttle.TryConsume(throttleKey) is { } seconds)
            return ShopwareErrorResult.From(StatusCodes.Status429TooManyRequests, OAuthErrors.Throttled(seconds));

        // league 9 (Shopware 6.7) refuses any non-scalar parameter, e.g. "scope": ["write"] (admin-api.md 1.2).
        if (parameters.FirstOrDefault(pair => pair.Value is JsonObject or JsonArray) is { Key: { } nonScalar })
            return Error(OAuthErrors.InvalidRequest(nonScalar));

        var result = Text(parameters, "grant_type") switch
        {
            "client_credentials" => ClientCredentials(parameters, tokens, options.Value),
            "password" => Password(parameters, tokens, options.Value),
            "refresh_token" => Refresh(parameters, tokens),
            _ => Error(OAuthErrors.UnsupportedGrantType()),
        };
        if (result is JsonHttpResult<TokenResponse>)
            throttle.Reset(throttleKey);
        return result;
    }

    private static IResult ClientCredentials(Dictionary<string, JsonNode?> parameters, AccessTokenRegistry tokens, SandboxOptions options)
    {
        var clientId = Text(parameters, "client_id");
        if (clientId is null)
            return Error(OAuthErrors.InvalidRequest("client_id"));
        var secret = Text(parameters, "client_secret");
        if (secret is null)
            return Error(OAuthErrors.UnsupportedGrantType());

        // The key's prefix picks the table; an unknown prefix is a 500, not a 401 (admin-api.md 1.1, 10.10).
        var prefix = clientId.Length >= 4 ? clientId[..4] : clientId;
        if (prefix is not ("SWIA" or "SWUA" or "SWSC" or "SWPE"))
            return Error(OAuthErrors.InvalidAccessKey());
        if (clientId != options.IntegrationAccessKeyId || secret != options.IntegrationSecretAccessKey)
            return Error(OAuthErrors.InvalidClient());
        return Issued(tokens, AccessTokenKind.Integration, refreshToken: null);
    }

    private static IResult Password(Dictionary<string, JsonNode?> parameters, AccessTokenRegistry tokens, SandboxOptions options)
    {
        if (Text(parameters, "client_id") is not { } clientId)
            return Error(OAuthErrors.InvalidRequest("client_id"));
        if (clientId != AdministrationClient)
            return Error(OAuthErrors.InvalidClient());
        if (Text(parameters, "username") is not { } username)
            return Error(OAuthErrors.InvalidRequest("username"));
        if (Text(parameters, "password") is not { } password)
            return Error(OAuthErrors.InvalidRequest("password"));
        if (username != options.AdminUsername || password != options.AdminPassword)
            return Error(OAuthErrors.InvalidCredentials());
        return Issued(tokens, AccessTokenKind.AdminUser, tokens.IssueRefreshToken());
    }

    private static IResult Refresh(Dictionary<string, JsonNode?> parameters, AccessTokenRegistry tokens)
    {
        if (Text(parameters, "client_id") is not AdministrationClient)
            return Error(OAuthErrors.InvalidClient());
        if (Text(parameters, "refresh_token") is not { } refreshToken)
            return Error(OAuthErrors.InvalidRequest("refresh_token"));
        if (tokens.RedeemRefreshToken(refreshToken) is { } hint)
            return Error(OAuthErrors.InvalidRefreshToken(hint));
        return Issued(tokens, AccessTokenKind.AdminUser, tokens.IssueRefreshToken());
    }

    private static JsonHttpResult<TokenResponse> Issued(AccessTokenRegistry tokens, AccessTokenKind kind, string? refreshToken)
    {
        var token = tokens.Issue(kind);
        var body = new TokenResponse("Bearer", (int)tokens.Lifetime.TotalSeconds, token.Token, refreshToken);
        return TypedResults.Json(body, SandboxJson.Options);
    }

    private static IResult Error(ShopwareError error) => ShopwareErrorResult.From(int.Parse(error.Status, System.Globalization.CultureInfo.InvariantCulture), error);

    private static string? Text(Dictionary<string, JsonNode?> parameters, string name) =>
        parameters.TryGetValue(name, out var node) && node is JsonValue value && value.GetValueKind() != JsonValueKind.Null
            ? FieldText(value)
            : null;

    private static string? FieldText(JsonValue value)
    {
        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        return text.Length == 0 ? null : text;
    }

    /// <summary>JSON bodies and form posts are both accepted (admin-api.md 1.1).</summary>
    private static async Task<Dictionary<string, JsonNode?>> ReadParametersAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
                parameters[key] = JsonValue.Create(value.ToString());
            return parameters;
        }

        if (await RequestJson.ReadAsync(context, cancellationToken) is JsonObject body)
        {
            foreach (var (key, value) in body)
                parameters[key] = value;
        }

        return parameters;
    }
}

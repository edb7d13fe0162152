using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace ShopwareSync.Core.Shopware.Http;

/// <summary>
/// Puts the bearer token on every Admin API request. On a 401 it drops the token, signs in again and repeats the
/// request once; a second 401 goes back to the caller (no loop). The token endpoint itself passes untouched.
/// </summary>
public sealed class ShopwareAuthenticationHandler(IShopwareTokenSource tokens, ILogger<ShopwareAuthenticationHandler> logger)
    : DelegatingHandler
{
    public const string TokenPath = "/api/oauth/token";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsTokenRequest(request))
            return await base.SendAsync(request, cancellationToken);

        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;

        Log.TokenRejected(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? "");
        tokens.Invalidate(token);
        response.Dispose();
        var fresh = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken);
    }

    private static bool IsTokenRequest(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.EndsWith(TokenPath, StringComparison.Ordinal) == true;
}

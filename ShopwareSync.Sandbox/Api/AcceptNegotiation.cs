using Microsoft.Net.Http.Headers;
using ShopwareSync.Sandbox.Errors;

namespace ShopwareSync.Sandbox.Api;

/// <summary>
/// Shopware picks the response type from <c>Accept</c> on every route that returns entities: JSON for
/// <c>application/json</c>, JSON:API for <c>application/vnd.api+json</c> or <c>*/*</c>, and 415 when
/// nothing matches, including a missing header (admin-api.md 3.1, 10.7). The sandbox does not imitate
/// JSON:API; it refuses such requests with 406 so a client that would get JSON:API notices.
/// </summary>
public static class AcceptNegotiation
{
    /// <summary>Null when the request accepts JSON; <paramref name="alwaysJson"/> is for routes that answer plain JSON for any type (<c>search-ids</c>, admin-api.md 4.3).</summary>
    public static IResult? RequireJson(HttpRequest request, bool alwaysJson = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accepted = MediaTypeHeaderValue.ParseList(request.Headers.Accept)
            .OrderByDescending(type => type.Quality ?? 1.0)
            .Select(type => type.MediaType.Value ?? string.Empty);
        foreach (var type in accepted)
        {
            if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase))
                return null;
            if (type.Equals("application/vnd.api+json", StringComparison.OrdinalIgnoreCase) || type == "*/*")
            {
                if (alwaysJson)
                    return null;
                return ShopwareErrorResult.From(StatusCodes.Status406NotAcceptable, ShopwareErrors.Symfony(406, "Not Acceptable",
                    "Shopware would answer this request as JSON:API, which the sandbox does not imitate. Send Accept: application/json."));
            }
        }

        return ShopwareErrorResult.From(StatusCodes.Status415UnsupportedMediaType,
            ShopwareErrors.Symfony(415, "Unsupported Media Type", "All provided media types are unsupported."));
    }
}

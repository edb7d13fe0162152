using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>
/// Sends raw JSON to the sandbox as a Shopware client would: <c>Accept: application/json</c> and the
/// bearer token from <see cref="AuthenticateAsync"/>. Bodies are strings so tests show the wire format.
/// </summary>
internal sealed class SandboxApiClient(HttpClient http, SandboxFactory factory) : IDisposable
{
    public const string AccessKeyId = "SWIASANDBOXINTEGRATION0000";
    public const string SecretAccessKey = "sandbox-integration-secret";
    public const string DefaultCurrencyId = "b7d2554b0ce847cd82f3ac9bd1c0dfca";
    public const string StandardTaxId = "f3d0a6b5c1e94a2b8d7c6e5f4a3b2c19";

    public static string ClientCredentials(string secret = SecretAccessKey) =>
        $$"""{"grant_type":"client_credentials","client_id":"{{AccessKeyId}}","client_secret":"{{secret}}"}""";

    public string? Token { get; set; }

    public SandboxFactory Factory => factory;

    private static CancellationToken Cancellation => TestContext.CurrentContext.CancellationToken;

    public async Task<string> AuthenticateAsync()
    {
        var answer = await SendAsync(HttpMethod.Post, "/api/oauth/token", ClientCredentials(), withToken: false);
        Token = answer.Body?["access_token"]?.GetValue<string>() ?? throw new InvalidOperationException($"No token: {answer.Body?.ToJsonString()}");
        return Token;
    }

    public Task<SandboxAnswer> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<SandboxAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<SandboxAnswer> SyncAsync(string json, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Post, "/api/_action/sync", json, headers: headers);

    public async Task<SandboxAnswer> SendAsync(
        HttpMethod method, string path, string? json, bool withToken = true, string? accept = "application/json",
        params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (accept is not null)
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (withToken && Token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        var response = await http.SendAsync(request, Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        return new SandboxAnswer(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    /// <summary>Seeds products through the control surface and answers them as stored.</summary>
    public async Task<JsonArray> SeedAsync(string json)
    {
        var answer = await SendAsync(HttpMethod.Post, "/_sandbox/products", json, withToken: false);
        return answer.Body as JsonArray ?? throw new InvalidOperationException($"Seeding failed: {answer.Body?.ToJsonString()}");
    }

    public async Task<JsonObject> StateAsync() =>
        (await SendAsync(HttpMethod.Get, "/_sandbox/state", null, withToken: false)).Body!.AsObject();

    public async Task<JsonObject?> ProductAsync(string productNumber) =>
        (await StateAsync())["products"]!.AsArray().OfType<JsonObject>()
            .FirstOrDefault(product => product["productNumber"]!.GetValue<string>() == productNumber);

    public async Task<int> StockAsync(string productNumber) =>
        (await ProductAsync(productNumber))?["stock"]?.GetValue<int>() ?? throw new InvalidOperationException($"No product {productNumber}");

    public async Task<JsonObject> PlaceOrderAsync(string productNumber, int quantity)
    {
        var answer = await SendAsync(HttpMethod.Post, "/_sandbox/orders",
            $$"""{"lines":[{"productNumber":"{{productNumber}}","quantity":{{quantity}}}]}""", withToken: false);
        return answer.Body as JsonObject ?? throw new InvalidOperationException($"Order failed: {answer.Body?.ToJsonString()}");
    }

    public Task<SandboxAnswer> SetFaultsAsync(string json) => SendAsync(HttpMethod.Put, "/_sandbox/faults", json, withToken: false);

    public async Task<JsonObject> CountersAsync() =>
        (await SendAsync(HttpMethod.Get, "/_sandbox/counters", null, withToken: false)).Body!.AsObject();

    public void Dispose() => http.Dispose();
}

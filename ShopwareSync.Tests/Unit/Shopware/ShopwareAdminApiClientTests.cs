using System.Net;
using Microsoft.Extensions.Time.Testing;
using Refit;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Shopware.Http;

namespace ShopwareSync.Tests.Unit.Shopware;

/// <summary>The Refit client over a fake network: routes, headers, Shopware's JSON shapes, and how failures surface.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ShopwareAdminApiClientTests : IDisposable
{
    private readonly StubHttpHandler network = new();
    private readonly HttpClient httpClient;
    private readonly IShopwareAdminApi api;

    public ShopwareAdminApiClientTests()
    {
        httpClient = new HttpClient(network) { BaseAddress = new Uri("https://shop.example.test/") };
        api = RestService.For<IShopwareAdminApi>(httpClient, ShopwareRefitSettings.Create(new FakeTimeProvider()));
    }

    public void Dispose()
    {
        httpClient.Dispose();
        network.Dispose();
    }

    private static Dictionary<string, SyncOperation> StockBatch() => new()
    {
        ["stock-batch-42"] = SyncOperation.Upsert("product", [new ProductStockUpdate("0189bf2a627a7296adbc83527ba9ac29", 17)]),
    };

    [Test]
    public async Task SyncAsync_StockBatch_PostsOperationMapAsShopwareJson()
    {
        network.Respond(HttpStatusCode.OK, """{"extensions":[],"data":{"product":["0189bf2a627a7296adbc83527ba9ac29"]},"notFound":[],"deleted":[]}""");

        var result = await api.SyncAsync(StockBatch(), IndexingBehavior.UseQueue, CancellationToken.None);

        var sent = network.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That((sent.Method, sent.Path, sent.Accept), Is.EqualTo(("POST", "/api/_action/sync", "application/json")));
            Assert.That(sent.Body, Is.EqualTo(
                """{"stock-batch-42":{"entity":"product","action":"upsert","payload":[{"id":"0189bf2a627a7296adbc83527ba9ac29","stock":17}]}}"""));
            Assert.That(sent.Message.Headers.GetValues("indexing-behavior"), Is.EqualTo(new[] { "use-queue-indexing" }));
            Assert.That(result.WrittenIds("product"), Is.EqualTo(new[] { "0189bf2a627a7296adbc83527ba9ac29" }));
            Assert.That(result.NotFound, Is.Empty);
        });
    }

    [Test]
    public async Task SyncAsync_EmptyPhpMaps_ReadAsEmpty()
    {
        network.Respond(HttpStatusCode.OK, """{"extensions":[],"data":[],"notFound":[],"deleted":[]}""");

        var result = await api.SyncAsync(StockBatch(), null, CancellationToken.None);

        Assert.That((result.Data.Count, result.Deleted.Count, result.NotFound.Count), Is.EqualTo((0, 0, 0)));
    }

    [Test]
    public async Task SyncAsync_ValidationErrors_ThrowPermanentWithRecordAtFault()
    {
        network.Respond(HttpStatusCode.BadRequest, """
            {"errors":[{"code":"c1051bb4-d103-4f74-8988-acbcafc7fdc3","status":"400","detail":"This value should not be blank.",
              "template":"This value should not be blank.","meta":{"parameters":{"{{ value }}":"null"}},
              "source":{"pointer":"/stock-batch-42/0/productNumber"}}]}
            """);

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(() => api.SyncAsync(StockBatch(), null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That((exception!.IsRetryable, exception.StatusCode, exception.Failure.Reason), Is.EqualTo((false, (int?)400, ShopwareErrorReason.Validation)));
            Assert.That(exception.Failure.RecordIndexes, Is.EqualTo(new[] { 0 }));
            Assert.That(exception.Message, Does.Contain("POST /api/_action/sync").And.Contain("/stock-batch-42/0/productNumber").And.Contain("should not be blank"));
        });
    }

    [Test]
    public async Task SyncAsync_Deadlock_ThrowsRetryable()
    {
        network.Respond(HttpStatusCode.InternalServerError, """{"errors":[{"code":"1213","status":"500","title":"Internal Server Error","detail":"SQLSTATE[40001]: Serialization failure: 1213 Deadlock found"}]}""");

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(() => api.SyncAsync(StockBatch(), null, CancellationToken.None));

        Assert.That((exception!.IsRetryable, exception.Failure.Reason), Is.EqualTo((true, ShopwareErrorReason.Deadlock)));
    }

    [Test]
    public async Task SyncAsync_HtmlErrorPageFromProxy_ThrowsRetryableNamingTheBody()
    {
        network.RespondRaw(HttpStatusCode.BadGateway, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html");

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(() => api.SyncAsync(StockBatch(), null, CancellationToken.None));

        Assert.That((exception!.IsRetryable, exception.Failure.Reason), Is.EqualTo((true, ShopwareErrorReason.Unavailable)));
        Assert.That(exception.Message, Does.Contain("text/html").And.Contain("502 Bad Gateway"));
    }

    [TestCase("<html><body>Shop is in maintenance</body></html>", "text/html")]
    [TestCase("""{"extensions":[],"data":{"product":["0189""", "application/json")]
    [TestCase("", "application/json")]
    [TestCase("[1,2,3]", "application/json")]
    [TestCase("null", "application/json")]
    public async Task SyncAsync_SuccessStatusWithMalformedBody_ThrowsMalformedNotCrash(string body, string mediaType)
    {
        network.RespondRaw(HttpStatusCode.OK, body, mediaType);

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(() => api.SyncAsync(StockBatch(), null, CancellationToken.None));

        Assert.That((exception!.IsRetryable, exception.Failure.Reason), Is.EqualTo((true, ShopwareErrorReason.MalformedResponse)));
    }

    [Test]
    public async Task SyncAsync_HtmlPageWithSuccessStatus_QuotesPageInMessage()
    {
        network.RespondRaw(HttpStatusCode.OK, "<html><body>Shop is in maintenance</body></html>", "text/html");

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(() => api.SyncAsync(StockBatch(), null, CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("HTTP 200").And.Contain("text/html").And.Contain("Shop is in maintenance"));
    }

    [Test]
    public async Task SearchProductsAsync_ConnectionRefused_ThrowsRetryableNoResponse()
    {
        network.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (shop.example.test:443)"));

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(() => api.SearchProductsAsync(new SearchCriteria { Limit = 1 }, CancellationToken.None));

        Assert.That((exception!.IsRetryable, exception.Failure.Reason, exception.Path), Is.EqualTo((true, ShopwareErrorReason.NoResponse, "/api/search/product")));
    }

    [Test]
    public async Task SearchProductsAsync_CallerCancels_ThrowsCancellationNotShopwareError()
    {
        using var cancellation = new CancellationTokenSource();
        network.Hang();

        var searching = api.SearchProductsAsync(new SearchCriteria { Limit = 1 }, cancellation.Token);
        await network.WaitForCallAsync(1);
        await cancellation.CancelAsync();

        Assert.That(async () => await searching, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task SearchProductsAsync_PhpFloatIntegers_ReadAsIntegers()
    {
        network.Respond(HttpStatusCode.OK, """
            {"total":1.0,"data":[{"id":"0189bf2a627a7296adbc83527ba9ac29","productNumber":"000123","stock":4.0,"availableStock":4,
              "price":[{"currencyId":"b7d2554b0ce847cd82f3ac9bd1c0dfca","gross":10.0,"net":8.4,"linked":true}],"apiAlias":"product"}],"aggregations":[]}
            """);

        var result = await api.SearchProductsAsync(new SearchCriteria { Limit = 1 }, CancellationToken.None);

        Assert.That((result.Total, result.Data[0].Stock, result.Data[0].Price![0].Gross), Is.EqualTo((1, (int?)4, 10.0m)));
    }

    [Test]
    public async Task SearchProductsAsync_Criteria_SerializesShopwareFilterShape()
    {
        network.Respond(HttpStatusCode.OK, """{"total":0,"data":[]}""");

        await api.SearchProductsAsync(new SearchCriteria
        {
            Limit = 1,
            Page = 1,
            Filter = [SearchFilter.EqualTo("productNumber", "000123")],
            TotalCountMode = "none",
        }, CancellationToken.None);

        Assert.That(network.Requests.Single().Body,
            Is.EqualTo("""{"page":1,"limit":1,"filter":[{"type":"equals","field":"productNumber","value":"000123"}],"total-count-mode":"none"}"""));
    }

    [Test]
    public async Task CreateProductAsync_WithClientChosenId_MarksRequestRetrySafe()
    {
        network.Respond(HttpStatusCode.NoContent);

        await api.CreateProductAsync(new ProductPayload { Id = "0189bf2a627a7296adbc83527ba9ac29", ProductNumber = "000123" }, CancellationToken.None);

        var sent = network.Requests.Single().Message;
        Assert.That(sent.Options.TryGetValue(new HttpRequestOptionsKey<bool>(ShopwareRequestProperties.RetrySafe), out var safe) && safe, Is.True);
    }

    [Test]
    public async Task CreateProductAsync_WithoutId_IsNotMarkedRetrySafe()
    {
        network.Respond(HttpStatusCode.NoContent);

        await api.CreateProductAsync(new ProductPayload { ProductNumber = "000123" }, CancellationToken.None);

        var sent = network.Requests.Single().Message;
        Assert.That(sent.Options.TryGetValue(new HttpRequestOptionsKey<bool>(ShopwareRequestProperties.RetrySafe), out var safe) && safe, Is.False);
    }

    [Test]
    public async Task SearchProductsAsync_ShopUnderSubPath_KeepsThePath()
    {
        using var subPathClient = new HttpClient(network) { BaseAddress = new Uri("https://shop.example.test/shop/") };
        var subPathApi = RestService.For<IShopwareAdminApi>(subPathClient, ShopwareRefitSettings.Create(new FakeTimeProvider()));
        network.Respond(HttpStatusCode.OK, """{"total":0,"data":[]}""");

        await subPathApi.SearchProductsAsync(new SearchCriteria { Limit = 1 }, CancellationToken.None);

        Assert.That(network.Requests.Single().Path, Is.EqualTo("/shop/api/search/product"));
    }

    [Test]
    public async Task RoutesForEveryEntity_UseShopwarePaths()
    {
        network.Respond(HttpStatusCode.OK, """{"total":0,"data":[]}""");
        var criteria = new SearchCriteria { Limit = 1 };

        await api.SearchOrdersAsync(criteria, CancellationToken.None);
        await api.SearchCurrenciesAsync(criteria, CancellationToken.None);
        await api.SearchTaxesAsync(criteria, CancellationToken.None);
        await api.SearchSalesChannelsAsync(criteria, CancellationToken.None);
        await api.SearchProductIdsAsync(criteria, CancellationToken.None);

        Assert.That(network.Requests.Select(r => r.Path), Is.EqualTo(new[]
        {
            "/api/search/order", "/api/search/currency", "/api/search/tax", "/api/search/sales-channel", "/api/search-ids/product",
        }));
    }

    [Test]
    public async Task ProductRoutes_UseIdInPath()
    {
        const string id = "0189bf2a627a7296adbc83527ba9ac29";
        network.Respond(HttpStatusCode.OK, $$$"""{"data":{"id":"{{{id}}}","stock":3}}""").Respond(HttpStatusCode.NoContent);

        var product = await api.GetProductAsync(id, CancellationToken.None);
        await api.UpdateProductAsync(id, new ProductPayload { Stock = 5 }, CancellationToken.None);
        await api.DeleteProductAsync(id, CancellationToken.None);

        Assert.That(network.Requests.Select(r => $"{r.Method} {r.Path}"), Is.EqualTo(new[]
        {
            $"GET /api/product/{id}", $"PATCH /api/product/{id}", $"DELETE /api/product/{id}",
        }));
        Assert.That((product.Data.Stock, network.Requests[1].Body), Is.EqualTo(((int?)3, """{"stock":5}""")));
    }

    [Test]
    public async Task RequestTokenAsync_TruncatedAnswer_ThrowsMalformedWithoutQuotingToken()
    {
        network.RespondRaw(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":600,"access_token":"eyJ0eXAiOiJKV1Qi.partial-secret-tok""", "application/json");

        var exception = await Assert.ThrowsAsync<ShopwareApiException>(
            () => api.RequestTokenAsync(OAuthTokenRequest.ForClientCredentials("SWIAABC", "secret"), CancellationToken.None));

        Assert.That(exception!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.MalformedResponse));
        Assert.That(exception.ToString(), Does.Not.Contain("partial-secret-tok").And.Contain("access_token"));
    }

    [Test]
    public async Task RequestTokenAsync_ClientCredentials_PostsSnakeCaseBody()
    {
        network.Respond(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":600,"access_token":"abc"}""");

        var token = await api.RequestTokenAsync(OAuthTokenRequest.ForClientCredentials("SWIAABC", "secret"), CancellationToken.None);

        Assert.That(network.Requests.Single().Body, Is.EqualTo("""{"grant_type":"client_credentials","client_id":"SWIAABC","client_secret":"secret"}"""));
        Assert.That((token.AccessToken, token.ExpiresInSeconds), Is.EqualTo(("abc", 600d)));
    }
}

using System.Net;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// Answers that are not Shopware's JSON, as a proxy or a broken connection produces them. The sandbox never sends
/// such answers, so a <see cref="ProxyPageHandler"/> swaps them in after the sandbox has handled the request.
/// </summary>
[TestFixture]
public sealed class MalformedAnswerTests
{
    private const string SearchPath = "/api/search/product";
    private const string BadGatewayPage = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
    private const string MaintenancePage = "<!DOCTYPE html><html><body><h1>Shop under maintenance</h1></body></html>";

    private static readonly SearchCriteria AllProducts = new() { Limit = 10, Page = 1 };

    [Test]
    public async Task SearchProductsAsync_Html502WithoutRetries_FailsRetryableQuotingThePage()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox,
            new Dictionary<string, string?> { ["Shopware:Resilience:MaxRetryAttempts"] = "0" },
            networkHandler: () => new ProxyPageHandler(SearchPath, HttpStatusCode.BadGateway, "text/html", BadGatewayPage));

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.SearchProductsAsync(AllProducts, CancellationToken.None));

        Assert.That(failure!.StatusCode, Is.EqualTo(502));
        Assert.That(failure.Failure.Reason, Is.EqualTo(ShopwareErrorReason.Unavailable));
        Assert.That(failure.IsRetryable, Is.True);
        Assert.That(failure.Message, Does.Contain("text/html").And.Contain("502 Bad Gateway"));
    }

    [Test]
    public async Task SearchProductsAsync_Html502Once_RetriesAndReturnsTheShopsAnswer()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.Seed(new SeedProductRequest("PX-1", 2));
        await using var client = ComposedClient.For(sandbox,
            networkHandler: () => new ProxyPageHandler(SearchPath, HttpStatusCode.BadGateway, "text/html", BadGatewayPage, times: 1));

        var result = await client.Api.SearchProductsAsync(AllProducts, CancellationToken.None);

        Assert.That(result.Data.Select(p => p.ProductNumber), Is.EqualTo(new[] { "PX-1" }));
        Assert.That(sandbox.Counters().Answered(200, "POST /api/search/product"), Is.EqualTo(2), "the page hid the first answer");
    }

    [Test]
    public async Task GetProductAsync_HtmlPageWithStatus200_FailsAsMalformedResponse()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("PX-2", 2))[0];
        await using var client = ComposedClient.For(sandbox,
            networkHandler: () => new ProxyPageHandler($"/api/product/{product.Id}", HttpStatusCode.OK, "text/html", MaintenancePage));

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(() => client.Api.GetProductAsync(product.Id, CancellationToken.None));

        Assert.That(failure!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.MalformedResponse));
        Assert.That(failure.IsRetryable, Is.True);
        Assert.That(failure.Message, Does.Contain("Shop under maintenance"));
    }

    [Test]
    public async Task UpsertAsync_TruncatedJsonAfterTheWrite_FailsRetryableAlthoughTheShopCommitted()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var product = sandbox.Seed(new SeedProductRequest("PX-3", 2))[0];
        await using var client = ComposedClient.For(sandbox,
            networkHandler: () => new ProxyPageHandler("/api/_action/sync", HttpStatusCode.OK, "application/json", """{"data":{"product":["""));

        var failure = await Assert.ThrowsAsync<ShopwareApiException>(
            () => client.Api.UpsertAsync("stock", "product", [new ProductStockUpdate(product.Id, 77)], CancellationToken.None));

        Assert.That(failure!.Failure.Reason, Is.EqualTo(ShopwareErrorReason.MalformedResponse));
        Assert.That(failure.IsRetryable, Is.True, "the outcome is unknown to the client");
        Assert.That(sandbox.ProductByNumber("PX-3")!.Stock, Is.EqualTo(77), "which is why: the shop did write");
    }
}

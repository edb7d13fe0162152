using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary><c>POST /api/search/product</c>, <c>/api/search-ids/product</c> and <c>/api/search/order</c> through the real client.</summary>
[TestFixture]
public sealed class SearchContractTests
{
    [Test]
    public async Task SearchProductsAsync_NumbersFilterSortedAndPaged_ReturnsThatPageAndExactTotal()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.Seed([.. Enumerable.Range(1, 6).Select(i => new SeedProductRequest($"SR-{i}", i * 10))]);
        await using var client = ComposedClient.For(sandbox);
        var criteria = new SearchCriteria
        {
            Filter = [SearchFilter.EqualsAny("productNumber", ["SR-1", "SR-2", "SR-4", "SR-5", "SR-6"])],
            Sort = [new SearchSort("productNumber", "DESC")],
            Limit = 2,
            Page = 2,
            TotalCountMode = "exact",
        };

        var result = await client.Api.SearchProductsAsync(criteria, CancellationToken.None);

        Assert.That(result.Data.Select(p => p.ProductNumber), Is.EqualTo(new[] { "SR-4", "SR-2" }));
        Assert.That(result.Data.Select(p => p.Stock), Is.EqualTo(new[] { sandbox.ProductByNumber("SR-4")!.Stock, sandbox.ProductByNumber("SR-2")!.Stock }));
        Assert.That(result.Total, Is.EqualTo(5));
    }

    [Test]
    public async Task SearchProductIdsAsync_RangeAndNumberFilters_ReturnsIdsOfTheMatches()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.Seed([.. Enumerable.Range(1, 6).Select(i => new SeedProductRequest($"ID-{i}", i))]);
        await using var client = ComposedClient.For(sandbox);
        var criteria = new SearchCriteria
        {
            Filter =
            [
                SearchFilter.Range("stock", new Dictionary<string, object> { ["gte"] = 2, ["lt"] = 6 }),
                SearchFilter.Any(SearchFilter.EqualTo("productNumber", "ID-2"), SearchFilter.EqualTo("productNumber", "ID-5")),
            ],
            Sort = [new SearchSort("productNumber")],
            Limit = 10,
            Page = 1,
            TotalCountMode = "exact",
        };

        var result = await client.Api.SearchProductIdsAsync(criteria, CancellationToken.None);

        Assert.That(result.Data, Is.EqualTo(new[] { sandbox.ProductByNumber("ID-2")!.Id, sandbox.ProductByNumber("ID-5")!.Id }));
        Assert.That(result.Total, Is.EqualTo(2));
    }

    [Test]
    public async Task SearchOrdersAsync_AfterAnAutoIncrementWithAssociations_ReturnsLaterOrdersWithLinesAndState()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.Seed(new SeedProductRequest("ORD-1", 50), new SeedProductRequest("ORD-2", 50));
        var first = sandbox.PlaceOrder("ORD-1", 1);
        var second = sandbox.PlaceOrder("ORD-2", 3);
        var third = sandbox.PlaceOrder("ORD-1", 2);
        await using var client = ComposedClient.For(sandbox);
        var criteria = new SearchCriteria
        {
            Filter = [SearchFilter.Range("autoIncrement", new Dictionary<string, object> { ["gt"] = first.AutoIncrement })],
            Sort = [new SearchSort("autoIncrement")],
            Limit = 100,
            Page = 1,
            Associations = new Dictionary<string, SearchCriteria> { ["lineItems"] = new(), ["stateMachineState"] = new() },
        };

        var result = await client.Api.SearchOrdersAsync(criteria, CancellationToken.None);

        Assert.That(result.Data.Select(o => o.Id), Is.EqualTo(new[] { second.Id, third.Id }));
        var read = result.Data[0];
        Assert.That(read.OrderNumber, Is.EqualTo(second.OrderNumber));
        Assert.That(read.StateMachineState!.TechnicalName, Is.EqualTo(second.StateMachineState.TechnicalName));
        var line = read.LineItems!.Single();
        Assert.That(line.ReferencedId, Is.EqualTo(second.LineItems[0].ReferencedId));
        Assert.That(line.Quantity, Is.EqualTo(3));
        Assert.That(line.Payload!.Value.GetProperty("productNumber").GetString(), Is.EqualTo("ORD-2"));
    }
}

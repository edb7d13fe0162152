using System.Net;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>admin-api.md 8, checklist item 4: <c>/api/search</c> and <c>/api/search-ids</c>.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SearchTests
{
    private const string FiveProducts = """
        [{"productNumber":"SKU-1","stock":0},{"productNumber":"SKU-2","stock":5},{"productNumber":"MUG-3","stock":10},
         {"productNumber":"SKU-4","stock":15},{"productNumber":"CUP-5","stock":20}]
        """;

    private const string SortByNumber = """ "sort":[{"field":"productNumber","order":"ASC"}] """;

    [Test]
    public async Task Search_EqualsAny_AnswersOnlyTheListedNumbers()
    {
        var numbers = await SearchNumbersAsync("""{"filter":[{"type":"equalsAny","field":"productNumber","value":["SKU-2","CUP-5","NOPE"]}],""" + SortByNumber + "}");

        Assert.That(numbers, Is.EqualTo(new[] { "CUP-5", "SKU-2" }));
    }

    [Test]
    public async Task Search_EqualsWithOtherCase_MatchesAsTheCollationDoes()
    {
        var numbers = await SearchNumbersAsync("""{"filter":[{"type":"equals","field":"productNumber","value":"mug-3"}]}""");

        Assert.That(numbers, Is.EqualTo(new[] { "MUG-3" }));
    }

    [Test]
    public async Task Search_Contains_AnswersNumbersContainingTheValue()
    {
        var numbers = await SearchNumbersAsync("""{"filter":[{"type":"contains","field":"productNumber","value":"ku-"}],""" + SortByNumber + "}");

        Assert.That(numbers, Is.EqualTo(new[] { "SKU-1", "SKU-2", "SKU-4" }));
    }

    [Test]
    public async Task Search_RangeGteAndLt_AnswersStocksInTheHalfOpenInterval()
    {
        var numbers = await SearchNumbersAsync("""{"filter":[{"type":"range","field":"stock","parameters":{"gte":5,"lt":15}}],""" + SortByNumber + "}");

        Assert.That(numbers, Is.EqualTo(new[] { "MUG-3", "SKU-2" }));
    }

    [Test]
    public async Task Search_MultiOrWithNestedAnd_CombinesFilters()
    {
        var numbers = await SearchNumbersAsync("""
            {"filter":[{"type":"multi","operator":"or","queries":[
              {"type":"equals","field":"stock","value":0},
              {"type":"multi","operator":"and","queries":[{"type":"prefix","field":"productNumber","value":"SKU"},{"type":"range","field":"stock","parameters":{"gt":10}}]}]}],
            """ + SortByNumber + "}");

        Assert.That(numbers, Is.EqualTo(new[] { "SKU-1", "SKU-4" }));
    }

    [Test]
    public async Task Search_SortDescendingWithSecondPage_AnswersTheRowsOfThatPage()
    {
        var numbers = await SearchNumbersAsync("""{"page":2,"limit":2,"sort":[{"field":"stock","order":"DESC"}]}""");

        Assert.That(numbers, Is.EqualTo(new[] { "MUG-3", "SKU-2" }));
    }

    [Test]
    public async Task Search_PageWithoutLimit_StartsAtOffsetZero()
    {
        var numbers = await SearchNumbersAsync("""{"page":3,"sort":[{"field":"stock","order":"ASC"}]}""");

        Assert.That(numbers, Has.Count.EqualTo(5));
        Assert.That(numbers[0], Is.EqualTo("SKU-1"));
    }

    [TestCase("none", 1)]
    [TestCase("exact", 5)]
    [TestCase("next-pages", 4)]
    [TestCase("1", 5)]
    public async Task Search_TotalCountMode_AnswersTotalOfThatMode(string mode, int expectedTotal)
    {
        using var factory = new SandboxFactory();
        using var client = await SeededClientAsync(factory);

        var answer = await client.PostAsync("/api/search/product", $$"""{"page":2,"limit":1,"total-count-mode":"{{mode}}",{{SortByNumber}}}""");

        Assert.That(answer.Body!["total"]!.GetValue<int>(), Is.EqualTo(expectedTotal));
    }

    [Test]
    public async Task Search_LimitAbove500_Answers400QueryLimitExceeded()
    {
        using var factory = new SandboxFactory();
        using var client = await SeededClientAsync(factory);

        var answer = await client.PostAsync("/api/search/product", """{"limit":1000}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__QUERY_LIMIT_EXCEEDED"));
        Assert.That(answer.FirstError["source"]!["pointer"]!.GetValue<string>(), Is.EqualTo("/limit"));
    }

    [Test]
    public async Task Search_UnknownField_Answers400UnmappedField()
    {
        using var factory = new SandboxFactory();
        using var client = await SeededClientAsync(factory);

        var answer = await client.PostAsync("/api/search/product", """{"filter":[{"type":"equals","field":"sku","value":"x"}]}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__UNMAPPED_FIELD"));
    }

    [Test]
    public async Task Search_Includes_KeepsOnlyListedFieldsAndApiAlias()
    {
        using var factory = new SandboxFactory();
        using var client = await SeededClientAsync(factory);

        var answer = await client.PostAsync("/api/search/product", """{"limit":1,"includes":{"product":["productNumber","stock"]}}""");

        var keys = answer.Body!["data"]![0]!.AsObject().Select(pair => pair.Key);
        Assert.That(keys, Is.EquivalentTo(new[] { "productNumber", "stock", "apiAlias" }));
        Assert.That(answer.Body["aggregations"]!.ToJsonString(), Is.EqualTo("[]"));
    }

    [Test]
    public async Task Search_Ids_IgnoresPagingAndAnswersTheIdsFound()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$"""[{"productNumber":"A","stock":1,"id":"{{ProductPayloads.Id(1)}}"},{"productNumber":"B","stock":1,"id":"{{ProductPayloads.Id(2)}}"}]""");

        var answer = await client.PostAsync("/api/search/product", $$"""{"ids":["{{ProductPayloads.Id(1)}}","{{ProductPayloads.Id(2)}}","{{ProductPayloads.Id(3)}}"],"limit":1,"page":5}""");

        Assert.That(answer.Body!["total"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(answer.Body["data"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task SearchIds_Filter_AnswersIdsAndTotal()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$"""[{"productNumber":"A","stock":1,"id":"{{ProductPayloads.Id(1)}}"},{"productNumber":"B","stock":9,"id":"{{ProductPayloads.Id(2)}}"}]""");

        var answer = await client.PostAsync("/api/search-ids/product", """{"filter":[{"type":"range","field":"stock","parameters":{"gt":5}}],"total-count-mode":"exact"}""");

        Assert.That(answer.Body!["total"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(answer.Body["data"]![0]!.GetValue<string>(), Is.EqualTo(ProductPayloads.Id(2)));
    }

    [TestCase("currency", "isoCode", "EUR", "b7d2554b0ce847cd82f3ac9bd1c0dfca")]
    [TestCase("tax", "taxRate", "19", "f3d0a6b5c1e94a2b8d7c6e5f4a3b2c19")]
    [TestCase("sales-channel", "name", "Storefront", "98432def39fc4624b33213a56b8c944d")]
    public async Task Search_LookUpEntity_AnswersTheSeededRow(string entity, string field, string value, string expectedId)
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.PostAsync($"/api/search/{entity}", $$"""{"filter":[{"type":"equals","field":"{{field}}","value":"{{value}}"}]}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Body!["data"]!.AsArray().Select(row => row!["id"]!.GetValue<string>()), Is.EqualTo(new[] { expectedId }));
    }

    [Test]
    public async Task Search_WithAcceptAnyType_IsRefusedBecauseShopwareWouldAnswerJsonApi()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SendAsync(HttpMethod.Post, "/api/search/product", "{}", accept: "*/*");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.NotAcceptable));
    }

    [Test]
    public async Task Search_InvalidIds_Answers400InvalidCriteriaIds()
    {
        using var factory = new SandboxFactory();
        using var client = await SeededClientAsync(factory);

        var answer = await client.PostAsync("/api/search/product", """{"ids":["SKU-1"]}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__INVALID_API_CRITERIA_IDS"));
    }

    [Test]
    public async Task SearchIds_WithAcceptAnyType_AnswersPlainJson()
    {
        using var factory = new SandboxFactory();
        using var client = await SeededClientAsync(factory);

        var answer = await client.SendAsync(HttpMethod.Post, "/api/search-ids/product", "{}", accept: "*/*");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Body!["data"]!.AsArray(), Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Search_WithoutSort_AnswersRowsInIdOrder()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$"""[{"productNumber":"B","stock":1,"id":"{{ProductPayloads.Id(2)}}"},{"productNumber":"A","stock":1,"id":"{{ProductPayloads.Id(1)}}"}]""");

        var answer = await client.PostAsync("/api/search-ids/product", "{}");

        Assert.That(answer.Body!["data"]!.AsArray().Select(id => id!.GetValue<string>()), Is.EqualTo(new[] { ProductPayloads.Id(1), ProductPayloads.Id(2) }));
    }

    private static async Task<SandboxApiClient> SeededClientAsync(SandboxFactory factory)
    {
        var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync(FiveProducts);
        return client;
    }

    private static async Task<List<string>> SearchNumbersAsync(string criteria)
    {
        using var factory = new SandboxFactory();
        using var client = await SeededClientAsync(factory);
        var answer = await client.PostAsync("/api/search/product", criteria);
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Body?.ToJsonString());
        return answer.Body!["data"]!.AsArray().Select(row => row!["productNumber"]!.GetValue<string>()).ToList();
    }
}

using System.Net;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>admin-api.md 8, checklist item 2: <c>POST /api/_action/sync</c>.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SyncTests
{
    [Test]
    public async Task Sync_UpsertOfNewProducts_CreatesThemAndListsTheirIds()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SyncAsync($$$"""
            {"create":{"entity":"product","action":"upsert","payload":[{{{ProductPayloads.New("SKU-1", 4, ProductPayloads.Id(1))}}},{{{ProductPayloads.New("SKU-2", 7, ProductPayloads.Id(2))}}}]}}
            """);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Body!["data"]!["product"]!.AsArray().Select(id => id!.GetValue<string>()), Is.EqualTo(new[] { ProductPayloads.Id(1), ProductPayloads.Id(2) }));
        Assert.That(answer.Body["notFound"]!.ToJsonString(), Is.EqualTo("[]"));
        Assert.That(answer.Body["deleted"]!.ToJsonString(), Is.EqualTo("[]"));
        Assert.That(await client.StockAsync("SKU-2"), Is.EqualTo(7));
    }

    [Test]
    public async Task Sync_UpsertOfExistingIdWithStockOnly_ChangesStockAndKeepsOtherFields()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$$"""[{"productNumber":"SKU-1","stock":4,"id":"{{{ProductPayloads.Id(1)}}}","name":"Blue mug"}]""");

        var answer = await client.SyncAsync($$$"""{"s":{"entity":"product","action":"upsert","payload":[{"id":"{{{ProductPayloads.Id(1)}}}","stock":17}]}}""");

        var product = await client.ProductAsync("SKU-1");
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(product!["stock"]!.GetValue<int>(), Is.EqualTo(17));
        Assert.That(product["availableStock"]!.GetValue<int>(), Is.EqualTo(17));
        Assert.That(product["name"]!.GetValue<string>(), Is.EqualTo("Blue mug"));
    }

    [Test]
    public async Task Sync_OneRecordWithStringStock_RejectsWholeRequestWithPointerToThatRecord()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$$"""[{"productNumber":"SKU-1","stock":4,"id":"{{{ProductPayloads.Id(1)}}}"},{"productNumber":"SKU-2","stock":4,"id":"{{{ProductPayloads.Id(2)}}}"}]""");

        var answer = await client.SyncAsync($$$"""
            {"stock-batch-42":{"entity":"product","action":"upsert","payload":[{"id":"{{{ProductPayloads.Id(1)}}}","stock":9},{"id":"{{{ProductPayloads.Id(2)}}}","stock":"5"}]}}
            """);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.Body!["errors"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(answer.FirstError["source"]!["pointer"]!.GetValue<string>(), Is.EqualTo("/stock-batch-42/1/stock"));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("ba785a8c-82cb-4283-967c-3cf342181b40"));
        Assert.That(answer.FirstError["title"], Is.Null);
        Assert.That(await client.StockAsync("SKU-1"), Is.EqualTo(4), "the valid first record must be rolled back too");
    }

    [Test]
    public async Task Sync_ListBody_UsesIndexAsOperationKeyInPointer()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SyncAsync("""[{"entity":"product","action":"upsert","payload":[{"stock":5.0}]}]""");

        var pointers = answer.Body!["errors"]!.AsArray().Select(error => error!["source"]!["pointer"]!.GetValue<string>()).ToList();
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(pointers, Does.Contain("/0/0/stock"), "5.0 is a float, not an int (admin-api.md 10.5)");
        Assert.That(pointers, Does.Contain("/0/0/productNumber"));
    }

    [Test]
    public async Task Sync_UpsertOfUnknownId_AnswersRequiredFieldViolations()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SyncAsync($$$"""{"s":{"entity":"product","action":"upsert","payload":[{"id":"{{{ProductPayloads.Id(9)}}}","stock":5}]}}""");

        var pointers = answer.Body!["errors"]!.AsArray().Select(error => error!["source"]!["pointer"]!.GetValue<string>());
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(pointers, Is.SupersetOf(new[] { "/s/0/productNumber", "/s/0/taxId", "/s/0/price" }));
        Assert.That((await client.StateAsync())["products"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Sync_ProductNumberTakenInOtherCase_RollsBackWithDuplicateNumberError()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":4}]""");

        var answer = await client.SyncAsync($$$"""
            {"s":{"entity":"product","action":"upsert","payload":[{{{ProductPayloads.New("SKU-2", 1)}}},{{{ProductPayloads.New("sku-1", 1)}}}]}}
            """);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("CONTENT__DUPLICATE_PRODUCT_NUMBER"));
        Assert.That(answer.FirstError["meta"]!["parameters"]!["number"]!.GetValue<string>(), Is.EqualTo("sku-1"));
        Assert.That(answer.FirstError["source"], Is.Null);
        Assert.That(await client.ProductAsync("SKU-2"), Is.Null);
    }

    [Test]
    public async Task Sync_InvalidAction_Answers400InvalidSyncOperation()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SyncAsync("""{"s":{"entity":"product","action":"UPSERT","payload":[{"stock":1}]}}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__INVALID_SYNC_OPERATION"));
    }

    [Test]
    public async Task Sync_FailOnErrorFalseHeader_StillRollsBackTheWholeRequest()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SyncAsync($$$"""
            {"s":{"entity":"product","action":"upsert","payload":[{{{ProductPayloads.New("SKU-1", 1)}}},{"productNumber":"SKU-2"}]}}
            """, ("fail-on-error", "false"), ("single-operation", "false"));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await client.ProductAsync("SKU-1"), Is.Null);
    }

    [Test]
    public async Task Sync_ProductNumberResolver_WritesStockOfTheProductWithThatNumber()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-123","stock":4}]""");

        var answer = await client.SyncAsync("""{"s":{"entity":"product","action":"upsert","payload":[{"id":{"resolver":"product.number","value":"sku-123"},"stock":8}]}}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await client.StockAsync("SKU-123"), Is.EqualTo(8));
    }

    [Test]
    public async Task Sync_UnresolvableProductNumber_Answers400WithPointerWithoutLeadingSlash()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SyncAsync("""{"s":{"entity":"product","action":"upsert","payload":[{"id":{"resolver":"product.number","value":"SKU-404"},"stock":8}]}}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__API_INVALID_SYNC_RESOLVERS"));
        Assert.That(answer.FirstError["meta"]!["parameters"]!["pointer-0"]!.GetValue<string>(), Is.EqualTo("s/0/id"));
    }

    [Test]
    public async Task Sync_InvalidPrimaryKey_FailsFastWithPointerToLastIndexOfOperation()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SyncAsync("""{"s":{"entity":"product","action":"upsert","payload":[{"id":"NOT-A-UUID","stock":1},{"stock":"x"},{"stock":2}]}}""");

        Assert.That(answer.Body!["errors"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(answer.FirstError["source"]!["pointer"]!.GetValue<string>(), Is.EqualTo("/2/id"));
        Assert.That(answer.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("The string \"NOT-A-UUID\" is not a valid uuid."));
    }

    [Test]
    public async Task Sync_WriteOfAvailableStock_AnswersWriteProtectedWithFieldRepeatedInPointer()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$$"""[{"productNumber":"SKU-1","stock":4,"id":"{{{ProductPayloads.Id(1)}}}"}]""");

        var answer = await client.SyncAsync($$$"""{"k":{"entity":"product","action":"upsert","payload":[{"id":"{{{ProductPayloads.Id(1)}}}","availableStock":3}]}}""");

        Assert.That(answer.FirstError["source"]!["pointer"]!.GetValue<string>(), Is.EqualTo("/k/0/availableStockavailableStock"));
        Assert.That(answer.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("This field is write-protected."));
    }

    [Test]
    public async Task Sync_DisableIndexingOnStockWrite_MirrorsStockButKeepsAvailableFlag()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$$"""[{"productNumber":"SKU-1","stock":4,"id":"{{{ProductPayloads.Id(1)}}}","isCloseout":true}]""");

        await client.SyncAsync($$$"""{"s":{"entity":"product","action":"upsert","payload":[{"id":"{{{ProductPayloads.Id(1)}}}","stock":0}]}}""", ("indexing-behavior", "disable-indexing"));
        var unindexed = await client.ProductAsync("SKU-1");
        await client.SyncAsync($$$"""{"s":{"entity":"product","action":"upsert","payload":[{"id":"{{{ProductPayloads.Id(1)}}}","stock":0}]}}""");
        var indexed = await client.ProductAsync("SKU-1");

        Assert.That(unindexed!["availableStock"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That(unindexed["available"]!.GetValue<bool>(), Is.True);
        Assert.That(indexed!["available"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task Sync_UnknownEntity_Answers500DefinitionNotFound()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SyncAsync("""{"s":{"entity":"product-visibility","action":"upsert","payload":[{"id":"x"}]}}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__DEFINITION_NOT_FOUND"));
    }

    [Test]
    public async Task Sync_RecordsAndOperations_AreCountedOnTheControlSurface()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        await client.SyncAsync($$$"""
            {"a":{"entity":"product","action":"upsert","payload":[{{{ProductPayloads.New("SKU-1", 1)}}},{{{ProductPayloads.New("SKU-2", 1)}}}]},
             "b":{"entity":"product","action":"delete","payload":[{"id":"{{{ProductPayloads.Id(7)}}}"}]}}
            """);

        var counters = await client.CountersAsync();
        Assert.That(counters["syncRequests"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That(counters["syncOperations"]!.GetValue<long>(), Is.EqualTo(2));
        Assert.That(counters["syncRecords"]!.GetValue<long>(), Is.EqualTo(3));
        Assert.That(counters["syncRecordsWritten"]!.GetValue<long>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Sync_ConcurrentStockWrites_EachRequestIsAppliedWhole()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        var seeds = string.Join(",", Enumerable.Range(1, 20).Select(n => $$$"""{"productNumber":"SKU-{{{n}}}","stock":0,"id":"{{{ProductPayloads.Id(n)}}}"}"""));
        await client.SeedAsync($"[{seeds}]");

        var requests = Enumerable.Range(1, 10).Select(round =>
        {
            var payload = string.Join(",", Enumerable.Range(1, 20).Select(n => $$$"""{"id":"{{{ProductPayloads.Id(n)}}}","stock":{{{round}}}}"""));
            return client.SyncAsync($$$"""{"s":{"entity":"product","action":"upsert","payload":[{{{payload}}}]}}""");
        });
        var answers = await Task.WhenAll(requests);

        var stocks = (await client.StateAsync())["products"]!.AsArray().Select(p => p!["stock"]!.GetValue<int>()).Distinct().ToList();
        Assert.That(answers.Select(answer => answer.Status), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(stocks, Has.Count.EqualTo(1), "every product carries the stock of the same, last committed request");
    }
}

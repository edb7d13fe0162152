namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>admin-api.md 6.2: <c>POST /api/search/order</c> with states, associations and includes.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class OrderSearchTests
{
    [Test]
    public async Task SearchOrder_ByStateWithAssociations_AnswersLineItemsWithProductNumber()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10},{"productNumber":"SKU-2","stock":10}]""");
        await client.PlaceOrderAsync("SKU-1", 1);
        var cancelled = (await client.PlaceOrderAsync("SKU-2", 2))["id"]!.GetValue<string>();
        await client.SendAsync(HttpMethod.Post, $"/_sandbox/orders/{cancelled}/cancel", null, withToken: false);

        var answer = await client.PostAsync("/api/search/order", """
            {"filter":[{"type":"equalsAny","field":"stateMachineState.technicalName","value":["cancelled"]}],
             "sort":[{"field":"autoIncrement","order":"ASC"}],
             "associations":{"lineItems":{},"stateMachineState":{}},
             "includes":{"order_line_item":["quantity","payload"]}}
            """);

        var order = answer.Body!["data"]![0]!;
        Assert.That(answer.Body["data"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(order["id"]!.GetValue<string>(), Is.EqualTo(cancelled));
        Assert.That(order["lineItems"]![0]!["payload"]!["productNumber"]!.GetValue<string>(), Is.EqualTo("SKU-2"));
        Assert.That(order["lineItems"]![0]!["quantity"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task SearchOrder_WithoutAssociations_AnswersNullAssociations()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]""");
        await client.PlaceOrderAsync("SKU-1", 1);

        var answer = await client.PostAsync("/api/search/order", "{}");

        var order = answer.Body!["data"]![0]!;
        Assert.That(order["lineItems"], Is.Null);
        Assert.That(order["stateMachineState"], Is.Null);
        Assert.That(order["stateId"]!.GetValue<string>(), Has.Length.EqualTo(32));
    }

    [Test]
    public async Task SearchOrder_NestedTransactionAndDeliveryStates_AnswersThemOnlyWhereAskedFor()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]""");
        await client.PlaceOrderAsync("SKU-1", 1);

        var answer = await client.PostAsync("/api/search/order", """
            {"associations":{"transactions":{"associations":{"stateMachineState":{}}},"deliveries":{}},
             "includes":{"order":["id","transactions","deliveries"],"state_machine_state":["technicalName"]}}
            """);

        var order = answer.Body!["data"]![0]!;
        Assert.That(order["transactions"]![0]!["stateMachineState"]!["technicalName"]!.GetValue<string>(), Is.EqualTo("open"));
        Assert.That(order["deliveries"]![0]!["stateMachineState"], Is.Null);
        Assert.That(order["deliveries"]![0]!["stateId"]!.GetValue<string>(), Has.Length.EqualTo(32));
        Assert.That(order["lineItems"], Is.Null);
    }

    [Test]
    public async Task SearchOrder_ChangedSinceQuery_AnswersNewAndUpdatedOrdersOnly()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]""");
        var old = (await client.PlaceOrderAsync("SKU-1", 1))["id"]!.GetValue<string>();
        var untouched = (await client.PlaceOrderAsync("SKU-1", 1))["id"]!.GetValue<string>();
        factory.Time.Advance(TimeSpan.FromHours(1));
        await client.SendAsync(HttpMethod.Post, $"/_sandbox/orders/{old}/cancel", null, withToken: false);
        var fresh = (await client.PlaceOrderAsync("SKU-1", 1))["id"]!.GetValue<string>();
        await client.AuthenticateAsync();

        var answer = await client.PostAsync("/api/search-ids/order", """
            {"filter":[{"type":"multi","operator":"or","queries":[
               {"type":"range","field":"updatedAt","parameters":{"gte":"2026-11-25 08:30:00.000"}},
               {"type":"multi","operator":"and","queries":[{"type":"equals","field":"updatedAt","value":null},
                 {"type":"range","field":"createdAt","parameters":{"gte":"2026-11-25 08:30:00.000"}}]}]}],
             "sort":[{"field":"autoIncrement","order":"ASC"}]}
            """);

        var ids = answer.Body!["data"]!.AsArray().Select(id => id!.GetValue<string>()).ToList();
        Assert.That(ids, Is.EqualTo(new[] { old, fresh }));
        Assert.That(ids, Does.Not.Contain(untouched));
    }
}

using System.Net;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>admin-api.md 8, checklist item 5, and 5.2: order-driven stock in Shopware 6.6+.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class OrderStockTests
{
    [Test]
    public async Task PlaceOrder_ProductWithStock_LowersStockAtOnceAndLeavesUpdatedAt()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]""");
        var before = await client.ProductAsync("SKU-1");
        factory.Time.Advance(TimeSpan.FromMinutes(5));

        await client.PlaceOrderAsync("SKU-1", 3);

        var after = await client.ProductAsync("SKU-1");
        Assert.That(after!["stock"]!.GetValue<int>(), Is.EqualTo(7));
        Assert.That(after["availableStock"]!.GetValue<int>(), Is.EqualTo(7));
        Assert.That(after["sales"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(after["updatedAt"]?.ToJsonString(), Is.EqualTo(before!["updatedAt"]?.ToJsonString()));
    }

    [Test]
    public async Task CancelOrder_PlacedOrder_RaisesStockBack()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]""");
        var order = await client.PlaceOrderAsync("SKU-1", 3);

        var cancel = await client.SendAsync(HttpMethod.Post, $"/_sandbox/orders/{order["id"]!.GetValue<string>()}/cancel", null, withToken: false);

        Assert.That(cancel.Body!["stateMachineState"]!["technicalName"]!.GetValue<string>(), Is.EqualTo("cancelled"));
        Assert.That(await client.StockAsync("SKU-1"), Is.EqualTo(10));
    }

    [Test]
    public async Task ReopenOrder_CancelledOrder_LowersStockAgain()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]""");
        var id = (await client.PlaceOrderAsync("SKU-1", 3))["id"]!.GetValue<string>();
        await client.SendAsync(HttpMethod.Post, $"/_sandbox/orders/{id}/cancel", null, withToken: false);

        await client.SendAsync(HttpMethod.Post, $"/_sandbox/orders/{id}/reopen", null, withToken: false);

        Assert.That(await client.StockAsync("SKU-1"), Is.EqualTo(7));
    }

    [Test]
    public async Task CompleteOrder_ThroughAdminApiTransitions_LeavesStockAsPlaced()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]""");
        var id = (await client.PlaceOrderAsync("SKU-1", 4))["id"]!.GetValue<string>();

        var process = await client.PostAsync($"/api/_action/order/{id}/state/process", "{}");
        var complete = await client.PostAsync($"/api/_action/order/{id}/state/complete", "{}");

        Assert.That(process.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(complete.Body!["technicalName"]!.GetValue<string>(), Is.EqualTo("completed"));
        Assert.That(await client.StockAsync("SKU-1"), Is.EqualTo(6));
    }

    [Test]
    public async Task Transition_NotAllowedFromCurrentState_Answers400IllegalTransition()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]""");
        var id = (await client.PlaceOrderAsync("SKU-1", 4))["id"]!.GetValue<string>();

        var answer = await client.PostAsync($"/api/_action/order/{id}/state/complete", "{}");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("SYSTEM__ILLEGAL_STATE_TRANSITION"));
        Assert.That(await client.StockAsync("SKU-1"), Is.EqualTo(6));
    }

    [Test]
    public async Task StockWrite_AfterAnOrder_OverwritesTheDecrementedValue()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        var id = (await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]"""))[0]!["id"]!.GetValue<string>();
        await client.PlaceOrderAsync("SKU-1", 3);

        await client.SyncAsync($$$"""{"s":{"entity":"product","action":"upsert","payload":[{"id":"{{{id}}}","stock":10}]}}""");

        Assert.That(await client.StockAsync("SKU-1"), Is.EqualTo(10), "an absolute write replaces Shopware's decrement (admin-api.md 5.4)");
    }

    [Test]
    public async Task PlaceOrder_Twice_AssignsIncreasingAutoIncrementAndOrderNumbers()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":10}]""");

        var first = await client.PlaceOrderAsync("SKU-1", 1);
        var second = await client.PlaceOrderAsync("SKU-1", 1);

        Assert.That(second["autoIncrement"]!.GetValue<int>(), Is.GreaterThan(first["autoIncrement"]!.GetValue<int>()));
        Assert.That(second["orderNumber"]!.GetValue<string>(), Is.Not.EqualTo(first["orderNumber"]!.GetValue<string>()));
        Assert.That(first["updatedAt"], Is.Null);
    }

    [Test]
    public async Task PlaceOrder_CloseoutWithTooLittleStock_IsRefusedAndStockStays()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":2,"isCloseout":true}]""");

        var answer = await client.SendAsync(HttpMethod.Post, "/_sandbox/orders", """{"lines":[{"productNumber":"SKU-1","quantity":3}]}""", withToken: false);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await client.StockAsync("SKU-1"), Is.EqualTo(2));
    }
}

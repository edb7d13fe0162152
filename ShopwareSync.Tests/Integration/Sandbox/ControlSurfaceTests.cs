using System.Net;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>The <c>/_sandbox</c> control routes: counters, seeding, state and reset.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ControlSurfaceTests
{
    [Test]
    public async Task Counters_AfterMixedRequests_CountPerEndpointAndStatus()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.PostAsync("/api/search/product", "{}");
        await client.PostAsync("/api/search/product", "{}");
        await client.PostAsync("/api/search/order", "{}");
        await client.GetAsync($"/api/product/{ProductPayloads.Id(1)}");

        var requests = (await client.CountersAsync())["requests"]!.AsArray()
            .ToDictionary(row => $"{row!["endpoint"]!.GetValue<string>()} {row["status"]!.GetValue<int>()}", row => row!["count"]!.GetValue<long>());

        Assert.That(requests, Is.EquivalentTo(new Dictionary<string, long>
        {
            ["POST /api/oauth/token 200"] = 1,
            ["POST /api/search/product 200"] = 2,
            ["POST /api/search/order 200"] = 1,
            ["GET /api/product/{id} 404"] = 1,
        }));
    }

    [Test]
    public async Task Seed_WithIdAndNumber_StoresAnAvailableProductWithThatId()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var seeded = await client.SeedAsync($$"""[{"productNumber":"SKU-9","stock":3,"id":"{{ProductPayloads.Id(9)}}"}]""");
        var stored = await client.ProductAsync("SKU-9");

        Assert.That(seeded[0]!["id"]!.GetValue<string>(), Is.EqualTo(ProductPayloads.Id(9)));
        Assert.That(stored!["stock"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(stored["taxId"]!.GetValue<string>(), Is.EqualTo(SandboxApiClient.StandardTaxId));
        Assert.That(stored["available"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Seed_DuplicateNumber_Answers400AndSeedsNothing()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var answer = await client.SendAsync(HttpMethod.Post, "/_sandbox/products",
            """[{"productNumber":"SKU-1","stock":1},{"productNumber":"sku-1","stock":2}]""", withToken: false);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await client.StateAsync())["products"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Reset_AfterWritesAndLogin_EmptiesTheShopAndRevokesTokens()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":1}]""");
        await client.PlaceOrderAsync("SKU-1", 1);

        await client.SendAsync(HttpMethod.Post, "/_sandbox/reset", null, withToken: false);
        var state = await client.StateAsync();
        var search = await client.PostAsync("/api/search/product", "{}");

        Assert.That(state["products"]!.AsArray(), Is.Empty);
        Assert.That(state["orders"]!.AsArray(), Is.Empty);
        Assert.That(search.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await client.CountersAsync())["requests"]!.AsArray(), Has.Count.EqualTo(1), "only the refused search counts after the reset");
    }

    [Test]
    public async Task Reset_AfterRunTimeFaults_RestoresTheConfiguredFaults()
    {
        using var factory = new SandboxFactory(new Dictionary<string, string?> { ["Sandbox:Faults:RateLimitPermits"] = "7" });
        using var client = factory.CreateApiClient();
        await client.SetFaultsAsync("""{"serviceUnavailableRatio":1}""");

        await client.SendAsync(HttpMethod.Post, "/_sandbox/reset", null, withToken: false);
        var faults = (await client.SendAsync(HttpMethod.Get, "/_sandbox/faults", null, withToken: false)).Body!;

        Assert.That(faults["serviceUnavailableRatio"]!.GetValue<double>(), Is.EqualTo(0));
        Assert.That(faults["rateLimitPermits"]!.GetValue<int>(), Is.EqualTo(7));
    }

    [Test]
    public async Task UnknownApiRoute_WithoutToken_Answers404NotUnauthorized()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var answer = await client.GetAsync("/api/no-such-route");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }
}

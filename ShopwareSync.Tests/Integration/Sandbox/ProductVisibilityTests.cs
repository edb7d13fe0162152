using System.Net;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>admin-api.md 3.2 and 9.1: visibilities are added, never replaced, and unique per sales channel.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ProductVisibilityTests
{
    private const string SalesChannelId = "98432def39fc4624b33213a56b8c944d";

    [Test]
    public async Task Sync_VisibilityWithFixedIdSentTwice_UpdatesTheSameVisibility()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$"""[{"productNumber":"SKU-1","stock":1,"id":"{{ProductPayloads.Id(1)}}"}]""");

        var first = await client.SyncAsync(VisibilityUpsert($$"""{"id":"{{ProductPayloads.Id(50)}}","salesChannelId":"{{SalesChannelId}}","visibility":30}"""));
        var second = await client.SyncAsync(VisibilityUpsert($$"""{"id":"{{ProductPayloads.Id(50)}}","salesChannelId":"{{SalesChannelId}}","visibility":10}"""));

        var visibilities = (await client.ProductAsync("SKU-1"))!["visibilities"]!.AsArray();
        Assert.That(first.Body!["data"]!["product_visibility"]![0]!.GetValue<string>(), Is.EqualTo(ProductPayloads.Id(50)));
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(visibilities, Has.Count.EqualTo(1));
        Assert.That(visibilities[0]!["visibility"]!.GetValue<int>(), Is.EqualTo(10));
    }

    [Test]
    public async Task Sync_VisibilityWithoutIdSentTwice_SecondRunAnswers500AndWritesNothing()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$"""[{"productNumber":"SKU-1","stock":1,"id":"{{ProductPayloads.Id(1)}}"}]""");
        var visibility = $$"""{"salesChannelId":"{{SalesChannelId}}","visibility":30}""";
        await client.SyncAsync(VisibilityUpsert(visibility));

        var second = await client.SyncAsync(VisibilityUpsert(visibility, stock: 99));

        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(second.FirstError["code"]!.GetValue<string>(), Is.EqualTo("1062"));
        Assert.That(await client.StockAsync("SKU-1"), Is.EqualTo(1));
    }

    [Test]
    public async Task Sync_VisibilityWithoutSalesChannel_AnswersViolationWithNestedPointer()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$"""[{"productNumber":"SKU-1","stock":1,"id":"{{ProductPayloads.Id(1)}}"}]""");

        var answer = await client.SyncAsync(VisibilityUpsert("""{"visibility":30}"""));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["source"]!["pointer"]!.GetValue<string>(), Is.EqualTo("/v/0/visibilities/0/salesChannelId"));
    }

    [Test]
    public async Task Search_VisibilitiesAssociation_IsAnsweredOnlyWhenAskedFor()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$"""[{"productNumber":"SKU-1","stock":1,"id":"{{ProductPayloads.Id(1)}}"}]""");
        await client.SyncAsync(VisibilityUpsert($$"""{"salesChannelId":"{{SalesChannelId}}","visibility":30}"""));

        var without = await client.PostAsync("/api/search/product", "{}");
        var with = await client.PostAsync("/api/search/product", """{"associations":{"visibilities":{}}}""");

        Assert.That(without.Body!["data"]![0]!["visibilities"], Is.Null);
        Assert.That(with.Body!["data"]![0]!["visibilities"]![0]!["salesChannelId"]!.GetValue<string>(), Is.EqualTo(SalesChannelId));
    }

    private static string VisibilityUpsert(string visibility, int stock = 1) =>
        $$$"""{"v":{"entity":"product","action":"upsert","payload":[{"id":"{{{ProductPayloads.Id(1)}}}","stock":{{{stock}}},"visibilities":[{{{visibility}}}]}]}}""";
}

using System.Net;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>admin-api.md 2.1 and 2.3: sync deletes by primary key and by criteria.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SyncDeleteTests
{
    [Test]
    public async Task Sync_DeleteOfExistingAndMissingIds_ReportsDeletedAndNotFound()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync($$$"""[{"productNumber":"SKU-1","stock":4,"id":"{{{ProductPayloads.Id(1)}}}"}]""");

        var answer = await client.SyncAsync($$$"""{"d":{"entity":"product","action":"delete","payload":[{"id":"{{{ProductPayloads.Id(1)}}}"},{"id":"{{{ProductPayloads.Id(2)}}}"}]}}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Body!["deleted"]!["product"]![0]!.GetValue<string>(), Is.EqualTo(ProductPayloads.Id(1)));
        Assert.That(answer.Body["notFound"]!["product"]![0]!.GetValue<string>(), Is.EqualTo(ProductPayloads.Id(2)));
        Assert.That(await client.ProductAsync("SKU-1"), Is.Null);
    }

    [Test]
    public async Task Sync_DeleteWithBareIdList_Answers400AssociativeArrays()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SyncAsync($$$"""{"d":{"entity":"product","action":"delete","payload":["{{{ProductPayloads.Id(1)}}}"]}}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("Invalid payload. Should contain a list of associative arrays"));
    }

    [Test]
    public async Task Sync_DeleteByCriteria_DeletesEveryMatch()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"OLD-1","stock":1},{"productNumber":"OLD-2","stock":1},{"productNumber":"NEW-1","stock":1}]""");

        var answer = await client.SyncAsync("""{"d":{"entity":"product","action":"delete","criteria":[{"type":"prefix","field":"productNumber","value":"OLD-"}]}}""");

        var remaining = (await client.StateAsync())["products"]!.AsArray().Select(p => p!["productNumber"]!.GetValue<string>());
        Assert.That(answer.Body!["deleted"]!["product"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(remaining, Is.EqualTo(new[] { "NEW-1" }));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Mapping;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// The bodies the client really sent (recorded on their way to the sandbox) checked against the request schemas of
/// Shopware's published OpenAPI document; see <see cref="PublishedAdminApiSchemas"/> for what is checked and the
/// relaxations. A deliberately wrong body shows the check fails.
/// </summary>
[TestFixture]
public sealed class RequestSchemaTests
{
    private const string SyncPath = "/api/_action/sync";

    // Before any assertion block: NUnit refuses Assert.Ignore inside one.
    [SetUp]
    public void RequirePublishedDocument() => PublishedAdminApiSchemas.RequireDocument();

    [Test]
    public async Task UpsertAsync_StockUpdates_BodyConformsToPublishedSyncAndProductSchemas()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("SC-1", 1), new SeedProductRequest("SC-2", 2));
        await using var client = ComposedClient.For(sandbox);

        await client.Api.UpsertAsync("stock", "product",
            seeded.Select(p => ProductPayloadMapper.ToStockUpdate(CatalogRows.Row(p.ProductNumber, 40), p.Id).Payload), CancellationToken.None);

        AssertSyncBodyConforms(client.Recording.BodiesOf("POST", SyncPath).Single(), PublishedAdminApiSchemas.ProductUpdate);
    }

    [Test]
    public async Task UpsertAsync_CreateFromMapper_RecordsConformToPublishedProductSchema()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);
        var mapper = await client.MapperAsync();

        await client.Api.UpsertAsync("create", "product",
            [mapper.ToCreate(CatalogRows.Row("SC-NEW-1", 5)).Payload, mapper.ToCreate(CatalogRows.Row("SC-NEW-2", 6)).Payload], CancellationToken.None);

        AssertSyncBodyConforms(client.Recording.BodiesOf("POST", SyncPath).Single(), PublishedAdminApiSchemas.Product);
    }

    [Test]
    public async Task SyncAsync_DeleteByIds_BodyConformsToPublishedSyncSchema()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed(new SeedProductRequest("SC-DEL", 1));
        await using var client = ComposedClient.For(sandbox);

        await client.Api.SyncAsync(new Dictionary<string, SyncOperation>
        {
            ["delete"] = SyncOperation.Delete("product", [new Dictionary<string, string> { ["id"] = seeded[0].Id }]),
        }, null, CancellationToken.None);

        AssertSyncBodyConforms(client.Recording.BodiesOf("POST", SyncPath).Single(), records: null);
    }

    [Test]
    public async Task CreateAndUpdateProductAsync_Bodies_ConformToPublishedProductSchemas()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);
        var mapper = await client.MapperAsync();
        var row = CatalogRows.Row("SC-REST", 5);

        await client.Api.CreateProductAsync(mapper.ToCreate(row).Payload, CancellationToken.None);
        await client.Api.UpdateProductAsync(ShopwareIds.ForProduct("SC-REST"), mapper.ToMetadataUpdate(row, ShopwareIds.ForProduct("SC-REST")).Payload, CancellationToken.None);

        Assert.That(PublishedAdminApiSchemas.Product.Violations(client.Recording.BodiesOf("POST", "/api/product").Single()), Is.Empty);
        Assert.That(PublishedAdminApiSchemas.ProductUpdate.Violations(
            client.Recording.BodiesOf("PATCH", $"/api/product/{ShopwareIds.ForProduct("SC-REST")}").Single()), Is.Empty);
    }

    [Test]
    public async Task SearchCalls_EveryCriteriaTheClientSends_ConformsToPublishedCriteriaSchema()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.Seed(new SeedProductRequest("SC-S1", 1), new SeedProductRequest("SC-S2", 2));
        sandbox.PlaceOrder("SC-S1", 1);
        await using var client = ComposedClient.For(sandbox);
        var productCriteria = new SearchCriteria
        {
            Filter =
            [
                SearchFilter.EqualsAny("productNumber", ["SC-S1", "SC-S2"]),
                SearchFilter.Range("stock", new Dictionary<string, object> { ["gte"] = 0, ["lt"] = 100 }),
                SearchFilter.Any(SearchFilter.EqualTo("active", true), SearchFilter.EqualTo("productNumber", "SC-S1")),
            ],
            Sort = [new SearchSort("productNumber", "DESC")],
            Limit = 1,
            Page = 2,
            TotalCountMode = "exact",
            Includes = new Dictionary<string, IReadOnlyList<string>> { ["product"] = ["id", "productNumber", "stock"] },
        };

        await client.Api.SearchProductsAsync(productCriteria, CancellationToken.None);
        await client.Api.SearchProductIdsAsync(productCriteria, CancellationToken.None);
        await client.Api.SearchOrdersAsync(new SearchCriteria
        {
            Filter = [SearchFilter.Range("autoIncrement", new Dictionary<string, object> { ["gt"] = 0 })],
            Sort = [new SearchSort("autoIncrement")],
            Limit = 50,
            Page = 1,
            Associations = new Dictionary<string, SearchCriteria> { ["lineItems"] = new() { Limit = 100 }, ["stateMachineState"] = new() },
        }, CancellationToken.None);
        await client.Services.GetRequiredService<ShopwareCatalogContextResolver>().ResolveAsync(CancellationToken.None);

        var searches = client.Recording.Attempts.Where(a => a.Path.StartsWith("/api/search", StringComparison.Ordinal)).ToList();
        Assert.That(searches.Select(a => a.Path), Is.EquivalentTo(new[]
        {
            "/api/search/product", "/api/search-ids/product", "/api/search/order", "/api/search/tax", "/api/search/currency", "/api/search/sales-channel",
        }));
        Assert.Multiple(() =>
        {
            foreach (var search in searches)
                Assert.That(PublishedAdminApiSchemas.Criteria.Violations(search.Body!), Is.Empty, search.Path);
        });
    }

    [Test]
    public async Task RequestTokenAsync_BothGrants_BodiesConformToPublishedTokenSchema()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);

        await client.Api.RequestTokenAsync(OAuthTokenRequest.ForClientCredentials(SandboxServer.AccessKeyId, SandboxServer.SecretAccessKey), CancellationToken.None);
        await client.Api.RequestTokenAsync(OAuthTokenRequest.ForPassword("admin", "shopware"), CancellationToken.None);

        var bodies = client.Recording.BodiesOf("POST", "/api/oauth/token");
        Assert.That(bodies, Has.Count.EqualTo(2));
        Assert.That(bodies.Select(PublishedAdminApiSchemas.TokenRequest.Violations), Is.All.Empty);
    }

    [Test]
    public async Task Violations_RecordedCreateWithStockAsTextAndUpperCaseTaxId_NamesBothFields()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        await using var client = ComposedClient.For(sandbox);
        var mapper = await client.MapperAsync();
        await client.Api.CreateProductAsync(mapper.ToCreate(CatalogRows.Row("SC-WRONG", 5)).Payload, CancellationToken.None);
        var wrong = JsonNode.Parse(client.Recording.BodiesOf("POST", "/api/product").Single())!.AsObject();
        wrong["stock"] = "5";
        wrong["taxId"] = wrong["taxId"]!.GetValue<string>().ToUpperInvariant();

        var violations = PublishedAdminApiSchemas.Product.Violations(wrong.ToJsonString());

        Assert.That(violations, Has.Some.StartsWith("/stock:"));
        Assert.That(violations, Has.Some.StartsWith("/taxId:"));
    }

    [Test]
    public void Violations_CriteriaWithUnknownCountModeAndFilterWithoutField_NamesBoth()
    {
        var wrong = """{"page":1,"limit":10,"total-count-mode":"all","filter":[{"type":"equals","value":"x"}]}""";

        var violations = PublishedAdminApiSchemas.Criteria.Violations(wrong);

        Assert.That(violations, Has.Some.StartsWith("/total-count-mode:"));
        Assert.That(violations, Has.Some.StartsWith("/filter/0:"));
    }

    /// <summary>Each operation against the sync item schema, each upsert record against <paramref name="records"/>.</summary>
    private static void AssertSyncBodyConforms(string body, RequestBodySchema? records)
    {
        using var document = JsonDocument.Parse(body);
        var operations = document.RootElement.EnumerateObject().ToList();
        Assert.That(operations, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var operation in operations)
            {
                Assert.That(PublishedAdminApiSchemas.SyncOperation.Violations(operation.Value), Is.Empty, operation.Name);
                if (records is null)
                    continue;
                foreach (var (record, index) in operation.Value.GetProperty("payload").EnumerateArray().Select((r, i) => (r, i)))
                    Assert.That(records.Violations(record), Is.Empty, $"{operation.Name}/{index} against {records}");
            }
        });
    }
}

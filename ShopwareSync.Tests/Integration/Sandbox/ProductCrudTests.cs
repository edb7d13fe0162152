using System.Net;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>admin-api.md 8, checklist item 3: the generated <c>/api/product</c> routes.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ProductCrudTests
{
    [Test]
    public async Task Create_WithoutResponseParameter_Answers204WithLocationOfNewProduct()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.PostAsync("/api/product", ProductPayloads.New("SKU-1", 3));

        var created = await client.ProductAsync("SKU-1");
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(answer.Response.Headers.Location?.ToString(), Does.EndWith($"/api/product/{created!["id"]!.GetValue<string>()}"));
    }

    [Test]
    public async Task Create_WithResponseParameter_Answers200WithTheStoredProduct()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.PostAsync("/api/product?_response=basic", ProductPayloads.New("SKU-1", 3, ProductPayloads.Id(1)));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Body!["data"]!["id"]!.GetValue<string>(), Is.EqualTo(ProductPayloads.Id(1)));
        Assert.That(answer.Body["data"]!["availableStock"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(answer.Body["data"]!["price"]![0]!["gross"]!.ToJsonString(), Is.EqualTo("11.9"));
        Assert.That(answer.Body["data"]!["price"]![0]!["net"]!.ToJsonString(), Is.EqualTo("10.0"));
        Assert.That(answer.Response.Headers.Location, Is.Null);
    }

    [Test]
    public async Task Create_WithoutAcceptHeader_Answers415AndWritesNothing()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SendAsync(HttpMethod.Post, "/api/product", ProductPayloads.New("SKU-1", 3), accept: null);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(answer.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("All provided media types are unsupported."));
        Assert.That(await client.ProductAsync("SKU-1"), Is.Null);
    }

    [Test]
    public async Task Create_TakenProductNumber_Answers400DuplicateProductNumber()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.PostAsync("/api/product", ProductPayloads.New("SKU-123", 3));

        var answer = await client.PostAsync("/api/product", ProductPayloads.New("SKU-123", 5));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("CONTENT__DUPLICATE_PRODUCT_NUMBER"));
        Assert.That(answer.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("Product with number \"SKU-123\" already exists."));
        Assert.That(await client.StockAsync("SKU-123"), Is.EqualTo(3));
    }

    [Test]
    public async Task Create_PriceWithoutDefaultCurrencyAndMissingKey_AnswersEachViolation()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.PostAsync("/api/product", $$"""
            {"productNumber":"SKU-1","stock":1,"name":"Mug","taxId":"{{SandboxApiClient.StandardTaxId}}",
             "price":[{"currencyId":"{{SandboxApiClient.DefaultCurrencyId}}","gross":1.0,"linked":true}]}
            """);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["source"]!["pointer"]!.GetValue<string>(), Is.EqualTo("/0/price/0/net"));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("2fa2158c-2a7f-484b-98aa-975522539ff8"));
    }

    [Test]
    public async Task Create_ExistingId_Answers400WriteTypeIntend()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.PostAsync("/api/product", ProductPayloads.New("SKU-1", 3, ProductPayloads.Id(1)));

        var answer = await client.PostAsync("/api/product", ProductPayloads.New("SKU-2", 3, ProductPayloads.Id(1)));

        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__WRITE_TYPE_INTEND_ERROR"));
    }

    [Test]
    public async Task Update_StockOnly_ChangesStockAndKeepsNamePriceAndNumber()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.PostAsync("/api/product", ProductPayloads.New("SKU-1", 3, ProductPayloads.Id(1), name: "Red mug"));
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        var answer = await client.SendAsync(HttpMethod.Patch, $"/api/product/{ProductPayloads.Id(1)}", """{"stock":42}""");
        var detail = await client.GetAsync($"/api/product/{ProductPayloads.Id(1)}");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(detail.Body!["data"]!["stock"]!.GetValue<int>(), Is.EqualTo(42));
        Assert.That(detail.Body["data"]!["name"]!.GetValue<string>(), Is.EqualTo("Red mug"));
        Assert.That(detail.Body["data"]!["productNumber"]!.GetValue<string>(), Is.EqualTo("SKU-1"));
        Assert.That(detail.Body["data"]!["price"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(detail.Body["data"]!["updatedAt"]!.GetValue<string>(), Is.EqualTo("2026-11-25T08:01:00.000+00:00"));
    }

    [Test]
    public async Task Update_MissingId_Answers400WriteTypeIntend()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.SendAsync(HttpMethod.Patch, $"/api/product/{ProductPayloads.Id(5)}", """{"stock":1}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__WRITE_TYPE_INTEND_ERROR"));
    }

    [Test]
    public async Task Update_AvailableStock_AnswersWriteProtected()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.PostAsync("/api/product", ProductPayloads.New("SKU-1", 3, ProductPayloads.Id(1)));

        var answer = await client.SendAsync(HttpMethod.Patch, $"/api/product/{ProductPayloads.Id(1)}", """{"availableStock":1}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__WRITE_CONSTRAINT_VIOLATION"));
        Assert.That(await client.StockAsync("SKU-1"), Is.EqualTo(3));
    }

    [Test]
    public async Task Delete_ExistingProduct_Answers204AndDetailAnswers404Afterwards()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.PostAsync("/api/product", ProductPayloads.New("SKU-1", 3, ProductPayloads.Id(1)));

        var deleted = await client.SendAsync(HttpMethod.Delete, $"/api/product/{ProductPayloads.Id(1)}", null);
        var detail = await client.GetAsync($"/api/product/{ProductPayloads.Id(1)}");
        var again = await client.SendAsync(HttpMethod.Delete, $"/api/product/{ProductPayloads.Id(1)}", null);

        Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(detail.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(detail.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__RESOURCE_NOT_FOUND"));
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Detail_UpperCaseId_DoesNotMatchTheRoute()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.PostAsync("/api/product", ProductPayloads.New("SKU-1", 3, "abcdef0123456789abcdef0123456789"));

        var answer = await client.GetAsync("/api/product/ABCDEF0123456789ABCDEF0123456789");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("0"));
    }

    [Test]
    public async Task List_WithQueryStringFilter_AnswersTheMatchingProduct()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SeedAsync("""[{"productNumber":"SKU-1","stock":1},{"productNumber":"SKU-2","stock":2}]""");

        var answer = await client.GetAsync("/api/product?filter[productNumber]=SKU-2&limit=10");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Body!["total"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(answer.Body["data"]![0]!["stock"]!.GetValue<int>(), Is.EqualTo(2));
    }
}

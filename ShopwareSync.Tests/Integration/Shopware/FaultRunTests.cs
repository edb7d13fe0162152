using System.Diagnostics;
using System.Globalization;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Sandbox.Control;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// The acceptance run: against a sandbox answering 20 % of requests 503, rate-limiting with 429 and
/// Retry-After, and killing tokens every few requests, the client completes a fixed workload (200 stock upserts
/// in batches, with searches between them) and the shop ends exactly as expected. Real time; the client's own
/// backoff is milliseconds, the sandbox's Retry-After whole seconds.
/// </summary>
[TestFixture]
public sealed class FaultRunTests
{
    private const int Products = 200;
    private const int BatchSize = 20;

    private static readonly SandboxFaultOptions Faults = new()
    {
        ServiceUnavailableRatio = 0.2,
        RateLimitPermits = 20,
        RateLimitWindow = TimeSpan.FromSeconds(1),
        TokenExpiresAfterRequests = 5,
        RandomSeed = 20261125,
    };

    [Test]
    public async Task StockWorkload_FaultySandbox_CompletesEveryCallAndLeavesTheExpectedState()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var seeded = sandbox.Seed([.. Enumerable.Range(1, Products).Select(i => new SeedProductRequest(Number(i), Stock: i, Name: $"Article {i}"))]);
        var idsByNumber = seeded.ToDictionary(p => p.ProductNumber, p => p.Id);
        var expectedStock = Enumerable.Range(1, Products).ToDictionary(Number, i => 1000 + (i * 7 % 50));
        sandbox.SetFaults(Faults);
        await using var client = ComposedClient.For(sandbox, new Dictionary<string, string?> { ["Shopware:Resilience:MaxRetryAttempts"] = "6" });
        var clock = Stopwatch.StartNew();
        var calls = 0;

        foreach (var batch in expectedStock.Chunk(BatchSize))
        {
            var updates = batch.Select(e => new ProductStockUpdate(idsByNumber[e.Key], e.Value)).ToList();
            var written = await client.Api.UpsertAsync("stock", "product", updates, CancellationToken.None);
            calls++;
            Assert.That(written.WrittenIds("product"), Is.EquivalentTo(updates.Select(u => u.Id)));

            var numbers = batch.Select(e => e.Key).ToList();
            var ids = await client.Api.SearchProductIdsAsync(
                new SearchCriteria { Filter = [SearchFilter.EqualsAny("productNumber", numbers)], Limit = BatchSize, Page = 1 }, CancellationToken.None);
            calls++;
            Assert.That(ids.Data, Is.EquivalentTo(updates.Select(u => u.Id)));

            for (var page = 1; page <= 2; page++)
            {
                var found = await client.Api.SearchProductsAsync(new SearchCriteria
                {
                    Filter = [SearchFilter.EqualsAny("productNumber", numbers)],
                    Sort = [new SearchSort("productNumber")],
                    Limit = BatchSize / 2,
                    Page = page,
                }, CancellationToken.None);
                calls++;
                Assert.That(found.Data.Select(p => p.Stock), Is.EqualTo(found.Data.Select(p => (int?)expectedStock[p.ProductNumber!])));
            }
        }

        clock.Stop();
        var state = sandbox.State();
        Assert.That(state.Products.Values.ToDictionary(p => p.ProductNumber, p => p.Stock), Is.EquivalentTo(expectedStock));
        Assert.That(state.Products.Values.Select(p => p.Name), Is.EquivalentTo(seeded.Select(p => p.Name)), "nothing but stock was written");

        var counters = sandbox.Counters();
        var unavailable = counters.Answered(503);
        var rateLimited = counters.Answered(429);
        var rejected = counters.Answered(401);
        var signIns = counters.Answered(200, SandboxServerExtensions.TokenEndpoint);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fault run: {calls} calls, {counters.Total()} requests, {unavailable} × 503, {rateLimited} × 429, {rejected} × 401, {signIns} sign-ins, {clock.Elapsed.TotalSeconds:0.0} s"));
        Assert.That(calls, Is.EqualTo(Products / BatchSize * 4));
        Assert.That(unavailable, Is.GreaterThan(0), "503s happened");
        Assert.That(rateLimited, Is.GreaterThan(0), "429s happened");
        Assert.That(rejected, Is.GreaterThan(0), "tokens died under the client");
        Assert.That(signIns, Is.EqualTo(rejected + 1), "one sign-in at the start and one after each rejection");
        Assert.That(counters.SyncRecordsWritten, Is.EqualTo(Products), "every batch was written once");
    }

    private static string Number(int i) => string.Create(CultureInfo.InvariantCulture, $"FR-{i:000}");
}

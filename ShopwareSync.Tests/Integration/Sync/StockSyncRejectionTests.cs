using Moq;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Sync;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Sync;

/// <summary>
/// How a batch survives Shopware rejecting part of it: the record at fault is failed with Shopware's message,
/// found from the error's pointer or by halving the batch, and the rest is delivered. Shopware is mocked here
/// (the queue is real), because a real shop rejects a plain stock update only in races this test cannot stage.
/// </summary>
[TestFixture]
public sealed class StockSyncRejectionTests : DatabaseTest
{
    private const int Products = 8;

    private SyncRig _rig = null!;
    private Mock<IShopwareAdminApi> _api = null!;
    private readonly List<List<ProductStockUpdate>> _sent = [];

    private protected override async Task SeedAsync(TestDatabase database)
    {
        _rig = await SyncRig.StartAsync(database);
        await database.ExecuteAsync(
            """
            INSERT INTO item_refs ("Artikel_Nummer") SELECT 'P-' || p FROM generate_series(1, @Products) AS p;
            INSERT INTO shopware_sync.product_map (product_number, shopware_product_id, linked_by)
            SELECT 'P-' || p, lpad(to_hex(p), 32, '0'), 'manual' FROM generate_series(1, @Products) AS p;
            INSERT INTO items ("ItemUUID", "Artikel_Nummer", "UpdatedAt", "Auf_Lager") SELECT 'I-' || p, 'P-' || p, 'now', p FROM generate_series(1, @Products) AS p;
            """, new { Products });

        _api = new Mock<IShopwareAdminApi>(MockBehavior.Strict);
        _api.Setup(api => api.SearchProductsAsync(It.IsAny<SearchCriteria>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new SearchResult<ShopwareProduct>
            {
                Data = Enumerable.Range(1, Products).Select(p => new ShopwareProduct { Id = IdOf(p), ProductNumber = $"P-{p}" }).ToList(),
            });
    }

    [TearDown]
    public async Task StopRigAsync() => await _rig.DisposeAsync();

    [Test]
    public async Task RejectionWithPointer_FailsThatRecordAndDeliversTheRest()
    {
        var calls = 0;
        SetUpSync(updates => ++calls == 1
            ? Rejection(new ShopwareApiError("c1051bb4-d103-4f74-8988-acbcafc7fdc3", "400", "Constraint violation", "This value should not be blank.",
                ShopwarePointer.Parse("/stock/2/stock"), new Dictionary<string, string>()))
            : null);

        var outcome = await _rig.CreateProcessor(api: _api.Object).RunOnceAsync(CancellationToken.None);

        var rejected = NumberOf(_sent[0][2]);
        Assert.That((outcome.Delivered, outcome.Failed, outcome.SyncRequests), Is.EqualTo((Products - 1, 1, 2)));
        Assert.That(_sent[1].Select(NumberOf), Does.Not.Contain(rejected));
        Assert.That(await ErrorOfAsync(rejected), Is.EqualTo(
            "Shopware rejected the stock update: c1051bb4-d103-4f74-8988-acbcafc7fdc3 at /stock/2/stock: This value should not be blank."));
    }

    [Test]
    public async Task RejectionWithoutPointer_HalvesTheBatchUntilTheCulpritStandsAlone()
    {
        SetUpSync(updates => updates.Any(update => NumberOf(update) == "P-5")
            ? Rejection(new ShopwareApiError("FRAMEWORK__WRITE_TYPE_INTEND_ERROR", "400", "Bad request", "Something in here is wrong.", null, new Dictionary<string, string>()))
            : null);

        var outcome = await _rig.CreateProcessor(api: _api.Object).RunOnceAsync(CancellationToken.None);

        Assert.That((outcome.Delivered, outcome.Failed), Is.EqualTo((Products - 1, 1)));
        Assert.That(outcome.SyncRequests, Is.LessThanOrEqualTo(2 * (int)Math.Log2(Products) + 1), "halving, not one request per record");
        Assert.That(await ErrorOfAsync("P-5"), Does.Contain("Something in here is wrong."));
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.sync_job WHERE kind = 'stock' AND status = 'done'"), Is.EqualTo(Products - 1));
    }

    [Test]
    public async Task RetryableFailure_PutsTheWholeBatchBackWithBackoff()
    {
        SetUpSync(_ => new ShopwareApiException(new ShopwareFailure(ShopwareErrorClass.Retryable, ShopwareErrorReason.Unavailable, "HTTP 503", 503, [])));

        var outcome = await _rig.CreateProcessor(api: _api.Object).RunOnceAsync(CancellationToken.None);

        Assert.That((outcome.Delivered, outcome.Retried, outcome.Failed), Is.EqualTo((0, Products, 0)));
        var jobs = await Database.QueryAsync<(string Status, string ErrorClass, DateTime NextAttemptAt)>(
            "SELECT status, error_class, next_attempt_at FROM shopware_sync.sync_job WHERE kind = 'stock'");
        Assert.That(jobs.Select(job => (job.Status, job.ErrorClass)).Distinct(), Is.EqualTo(new[] { ("pending", "retryable") }));
        Assert.That(jobs.Select(job => job.NextAttemptAt), Is.All.GreaterThan(_rig.Clock.GetUtcNow().UtcDateTime));
    }

    [Test]
    public async Task RetryableFailure_OnTheLastAttempt_FailsPermanently()
    {
        await Database.ExecuteAsync("UPDATE shopware_sync.sync_job SET attempts = 24 WHERE kind = 'stock'");
        SetUpSync(_ => new ShopwareApiException(new ShopwareFailure(ShopwareErrorClass.Retryable, ShopwareErrorReason.Unavailable, "HTTP 503", 503, [])));

        var outcome = await _rig.CreateProcessor(api: _api.Object).RunOnceAsync(CancellationToken.None);

        Assert.That(outcome.Failed, Is.EqualTo(Products));
        Assert.That(await ErrorOfAsync("P-1"), Does.StartWith("gave up after 25 attempts"));
    }

    [TestCase(ShopwareErrorReason.Forbidden, 403)]
    [TestCase(ShopwareErrorReason.InvalidCredentials, 401)]
    [TestCase(ShopwareErrorReason.Rejected, 415)]
    public async Task SystemicFailure_EvenOnTheLastAttempt_KeepsTheJobsWaiting(ShopwareErrorReason reason, int status)
    {
        await Database.ExecuteAsync("UPDATE shopware_sync.sync_job SET attempts = 24 WHERE kind = 'stock'");
        SetUpSync(_ => new ShopwareApiException(new ShopwareFailure(ShopwareErrorClass.Permanent, reason, $"HTTP {status}", status, [])));

        var outcome = await _rig.CreateProcessor(api: _api.Object).RunOnceAsync(CancellationToken.None);

        Assert.That((outcome.Retried, outcome.Failed, outcome.SyncRequests), Is.EqualTo((Products, 0, 1)), "a configuration mistake must not fail the jobs, nor be bisected");
        Assert.That(await Database.ScalarAsync<long>("SELECT count(*) FROM shopware_sync.sync_job WHERE kind = 'stock' AND status = 'pending'"), Is.EqualTo(Products));
    }

    private void SetUpSync(Func<List<ProductStockUpdate>, ShopwareApiException?> answer) =>
        _api.Setup(api => api.SyncAsync(It.IsAny<IReadOnlyDictionary<string, SyncOperation>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((IReadOnlyDictionary<string, SyncOperation> operations, string? _, CancellationToken _) =>
            {
                var updates = operations[StockSyncProcessor.OperationKey].Payload!.Cast<ProductStockUpdate>().ToList();
                _sent.Add(updates);
                return answer(updates) is { } rejection ? Task.FromException<SyncResult>(rejection) : Task.FromResult(new SyncResult());
            });

    private static ShopwareApiException Rejection(ShopwareApiError error) =>
        new(new ShopwareFailure(ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected, error.ToString(), 400, [error]), "POST", "/api/_action/sync");

    private static string IdOf(int product) => product.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    private static string NumberOf(ProductStockUpdate update) => $"P-{Convert.ToInt32(update.Id, 16)}";

    private Task<string> ErrorOfAsync(string productNumber) =>
        Database.ScalarAsync<string>("SELECT last_error FROM shopware_sync.sync_job WHERE kind = 'stock' AND product_number = @productNumber", new { productNumber });
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ShopwareSync.Core.Catalog;
using ShopwareSync.Core.Observability;
using ShopwareSync.Core.Queue;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Shopware.Api;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Shopware.Mapping;

namespace ShopwareSync.Core.Sync;

/// <summary>
/// One batch of stock jobs, start to end: claim due jobs, read their products' current stock, find their Shopware
/// products, push all stock values in one sync request, and settle each job (done, retry later, failed for good).
/// A record Shopware rejects is failed alone and the rest is sent again (sync requests are all-or-nothing);
/// a failure that may pass puts the whole batch back with backoff, and so does one that no record caused
/// (credentials, privileges), without ever giving up on the jobs.
/// </summary>
public sealed class StockSyncProcessor(
    SyncJobStore store,
    ProductSourceReader reader,
    ShopwareProductResolver resolver,
    IShopwareAdminApi api,
    IOptionsMonitor<SyncWorkerOptions> options,
    IOptionsMonitor<ShopwareOptions> shopware,
    RetryBackoff backoff,
    WorkerIdentity identity,
    TimeProvider timeProvider,
    ILogger<StockSyncProcessor> logger,
    SyncMetrics? metrics = null)
{
    /// <summary>Operation key of the sync request; error pointers start with it (/stock/3/stock).</summary>
    public const string OperationKey = "stock";

    private static readonly SyncJobKind[] Kinds = [SyncJobKind.Stock];

    /// <summary>Processes one batch. Returns what it did; <see cref="BatchOutcome.Empty"/> when nothing was due.</summary>
    public async Task<BatchOutcome> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        foreach (var rescued in await store.RescueExpiredLeasesAsync(cancellationToken))
            Log.LeaseExpired(logger, rescued.JobId, rescued.ProductNumber, rescued.CorrelationId);

        var jobs = await store.ClaimAsync(identity.Name, Kinds, shopware.CurrentValue.BatchSize, settings.LeaseDuration, cancellationToken);
        if (jobs.Count == 0)
            return BatchOutcome.Empty;
        metrics?.BatchClaimed(SyncJobKind.Stock, jobs.Count);

        // One id for the batch: the client's log lines of its requests carry it (the activity's trace id), and
        // so does every line written inside this scope.
        using var activity = new Activity("ShopwareSync.StockBatch").Start();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["BatchCorrelationId"] = activity.TraceId.ToString() });
        var started = timeProvider.GetTimestamp();
        foreach (var job in jobs)
            Log.JobClaimed(logger, job.JobId, "stock", job.ProductNumber, job.Attempt, job.CorrelationId);

        var settlement = new JobSettlement(jobs);
        var requests = 0;
        try
        {
            requests = await ProcessAsync(jobs, settlement, settings, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: what has no decision yet goes back untried, for this or another worker.
            var released = await store.ReleaseAsync(identity.Name, settlement.Open, CancellationToken.None);
            Log.JobsReleased(logger, released);
            await SettleAsync(settlement, CancellationToken.None);
            throw;
        }

        await SettleAsync(settlement, cancellationToken);
        var outcome = new BatchOutcome(jobs.Count, settlement.Delivered.Count, settlement.Retries.Count, settlement.Failures.Count, requests);
        var durationMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        Log.BatchFinished(logger, outcome.Claimed, outcome.Delivered, outcome.Retried, outcome.Failed, outcome.SyncRequests, durationMs);
        return outcome;
    }

    private async Task<int> ProcessAsync(IReadOnlyList<ClaimedJob> jobs, JobSettlement settlement, SyncWorkerOptions settings, CancellationToken cancellationToken)
    {
        var snapshots = await reader.ReadAsync(jobs.Select(job => job.ProductNumber).ToList(), cancellationToken);

        var toResolve = new List<(ClaimedJob Job, SourceSnapshot Snapshot)>();
        foreach (var job in jobs)
        {
            var snapshot = snapshots[job.ProductNumber];
            if (snapshot.Row is null && snapshot.LinkedShopwareId is null)
            {
                Log.JobNothingToPush(logger, job.JobId, job.ProductNumber, job.CorrelationId);
                settlement.Deliver(job);
            }
            else
            {
                toResolve.Add((job, snapshot));
            }
        }

        if (toResolve.Count == 0)
            return 0;

        ProductResolution resolution;
        try
        {
            resolution = await resolver.ResolveAsync(toResolve.Select(item => item.Snapshot).ToList(), cancellationToken);
        }
        catch (ShopwareApiException ex)
        {
            RetryOrFail(toResolve.Select(item => item.Job), ex.Message, ex.Failure.RetryAfter, settings, settlement, giveUp: !IsSystemic(ex.Failure));
            return 0;
        }

        var updates = new List<(ClaimedJob Job, ProductStockUpdate Update)>();
        foreach (var (job, snapshot) in toResolve)
        {
            if (resolution.Missing.TryGetValue(job.ProductNumber, out var reason))
            {
                settlement.Fail(job, reason);
                continue;
            }

            // A vanished article (deleted or renamed away) that was linked: the shop must not sell it any more.
            var row = snapshot.Row ?? new ProductSourceRow { ProductNumber = job.ProductNumber, Stock = 0 };
            try
            {
                var mapped = ProductPayloadMapper.ToStockUpdate(row, resolution.Ids[job.ProductNumber]);
                foreach (var adjustment in mapped.Adjustments)
                    Log.PayloadAdjusted(logger, job.JobId, job.ProductNumber, adjustment, job.CorrelationId);
                updates.Add((job, mapped.Payload));
            }
            catch (ProductMappingException ex)
            {
                settlement.Fail(job, ex.Message);
            }
        }

        return await PushAsync(updates, settlement, settings, cancellationToken);
    }

    /// <summary>
    /// Sends the updates; on a rejection that names records, fails those and sends the rest again; on one that
    /// names none, halves the group until the culprit stands alone. Returns the number of sync requests.
    /// </summary>
    private async Task<int> PushAsync(List<(ClaimedJob Job, ProductStockUpdate Update)> updates, JobSettlement settlement, SyncWorkerOptions settings, CancellationToken cancellationToken)
    {
        var requests = 0;
        var groups = new Stack<List<(ClaimedJob Job, ProductStockUpdate Update)>>();
        if (updates.Count > 0)
            groups.Push(updates);

        while (groups.TryPop(out var group))
        {
            try
            {
                requests++;
                await api.UpsertAsync(OperationKey, "product", group.Select(item => item.Update), cancellationToken);
                foreach (var (job, update) in group)
                {
                    settlement.Deliver(job);
                    Log.JobDelivered(logger, job.JobId, job.ProductNumber, update.Stock, job.CorrelationId);
                }
            }
            catch (ShopwareApiException ex) when (ex.IsRetryable || IsSystemic(ex.Failure))
            {
                RetryOrFail(group.Concat(groups.SelectMany(rest => rest)).Select(item => item.Job), ex.Message, ex.Failure.RetryAfter, settings, settlement,
                    giveUp: ex.IsRetryable);
                break;
            }
            catch (ShopwareApiException ex)
            {
                var atFault = ex.Failure.RecordIndexes.Where(index => index < group.Count).ToHashSet();
                if (atFault.Count > 0)
                {
                    foreach (var index in atFault)
                        settlement.Fail(group[index].Job, RecordError(ex, index));
                    var rest = group.Where((_, index) => !atFault.Contains(index)).ToList();
                    if (rest.Count > 0)
                        groups.Push(rest);
                }
                else if (group.Count == 1)
                {
                    settlement.Fail(group[0].Job, $"Shopware rejected the stock update: {ex.Message}");
                }
                else
                {
                    groups.Push(group[(group.Count / 2)..]);
                    groups.Push(group[..(group.Count / 2)]);
                }
            }
        }

        return requests;
    }

    /// <summary>
    /// A failure that says nothing about the records: wrong credentials, a missing privilege, a route the shop
    /// does not have, a request the shop (or a proxy) refuses as such. Failing the jobs would lose them for a
    /// configuration mistake, so they wait with backoff, however long it takes, until an operator fixes it.
    /// </summary>
    private static bool IsSystemic(ShopwareFailure failure) =>
        failure.RecordIndexes.Count == 0
        && (failure.Reason is ShopwareErrorReason.TokenRejected or ShopwareErrorReason.InvalidCredentials or ShopwareErrorReason.Forbidden
            || failure.StatusCode is 404 or 405 or 406 or 412 or 415 or 417);

    private void RetryOrFail(IEnumerable<ClaimedJob> jobs, string error, TimeSpan? retryAfter, SyncWorkerOptions settings, JobSettlement settlement, bool giveUp = true)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var job in jobs)
        {
            if (giveUp && job.Attempt >= settings.MaxAttempts)
            {
                settlement.Fail(job, $"gave up after {job.Attempt} attempts: {error}");
                continue;
            }

            var delay = backoff.DelayAfter(job.Attempt);
            if (retryAfter is { } asked && asked > delay)
                delay = asked;
            settlement.Retry(job, now + delay, error);
        }
    }

    private static string RecordError(ShopwareApiException ex, int index)
    {
        var errors = ex.Failure.Errors.Where(error => error.RecordIndex == index).Select(error => error.ToString());
        return $"Shopware rejected the stock update: {string.Join("; ", errors)}";
    }

    private async Task SettleAsync(JobSettlement settlement, CancellationToken cancellationToken)
    {
        if (settlement.Delivered.Count > 0)
            await store.CompleteAsync(identity.Name, settlement.Delivered.Select(job => job.JobId).ToList(), cancellationToken);
        if (settlement.Retries.Count > 0)
        {
            await store.RetryAsync(identity.Name, settlement.Retries.Select(item => item.Retry).ToList(), cancellationToken);
            foreach (var (job, retry) in settlement.Retries)
                Log.JobRetryScheduled(logger, job.JobId, job.ProductNumber, job.Attempt, "retryable", retry.NextAttemptAt, retry.Error, job.CorrelationId);
        }

        if (settlement.Failures.Count > 0)
        {
            await store.FailAsync(identity.Name, settlement.Failures.Select(item => item.Failure).ToList(), cancellationToken);
            foreach (var (job, failure) in settlement.Failures)
                Log.JobFailedPermanently(logger, job.JobId, job.ProductNumber, job.Attempt, failure.Error, job.CorrelationId);
        }

        metrics?.JobsSettled(SyncJobKind.Stock, settlement.Delivered, settlement.Retries.Count, settlement.Failures.Count, timeProvider.GetUtcNow());
    }
}

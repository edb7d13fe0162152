namespace ShopwareSync.Sandbox.Observability;

/// <summary>
/// Request and sync counters, so tests and benchmarks can count what a client sent without a proxy.
/// </summary>
public sealed class SandboxCounters
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Endpoint, int Status), long> _requests = [];
    private long _syncRequests;
    private long _syncOperations;
    private long _syncRecords;
    private long _syncRecordsWritten;
    private long _requestsInLatency;

    /// <summary>Requests now held by the latency fault; tests wait for it before advancing a fake clock.</summary>
    public long RequestsInLatency => Interlocked.Read(ref _requestsInLatency);

    public void EnterLatency() => Interlocked.Increment(ref _requestsInLatency);

    public void LeaveLatency() => Interlocked.Decrement(ref _requestsInLatency);

    public void CountRequest(string endpoint, int status)
    {
        lock (_lock)
            _requests[(endpoint, status)] = _requests.GetValueOrDefault((endpoint, status)) + 1;
    }

    /// <summary>Counts a sync request as received: its operations and records, and the records it wrote (0 when it failed).</summary>
    public void CountSync(int operations, int records, int recordsWritten)
    {
        lock (_lock)
        {
            _syncRequests++;
            _syncOperations += operations;
            _syncRecords += records;
            _syncRecordsWritten += recordsWritten;
        }
    }

    public SandboxCountersSnapshot Snapshot()
    {
        lock (_lock)
        {
            var requests = _requests
                .OrderBy(pair => pair.Key.Endpoint, StringComparer.Ordinal).ThenBy(pair => pair.Key.Status)
                .Select(pair => new RequestCount(pair.Key.Endpoint, pair.Key.Status, pair.Value))
                .ToList();
            return new SandboxCountersSnapshot(requests, _syncRequests, _syncOperations, _syncRecords, _syncRecordsWritten, RequestsInLatency);
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _requests.Clear();
            _syncRequests = _syncOperations = _syncRecords = _syncRecordsWritten = 0;
        }
    }
}

using System.Collections.Concurrent;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>The request attempts a <see cref="ComposedClient"/> sent, in the order they left.</summary>
internal sealed class RequestRecording
{
    private readonly ConcurrentQueue<RecordedAttempt> _attempts = new();

    public IReadOnlyList<RecordedAttempt> Attempts => [.. _attempts];

    public void Add(RecordedAttempt attempt) => _attempts.Enqueue(attempt);

    /// <summary>Bodies sent to <paramref name="method"/> <paramref name="path"/> (the path as the client wrote it).</summary>
    public IReadOnlyList<string> BodiesOf(string method, string path) =>
        [.. Attempts.Where(a => a.Method == method && a.Path == path && a.Body is not null).Select(a => a.Body!)];
}

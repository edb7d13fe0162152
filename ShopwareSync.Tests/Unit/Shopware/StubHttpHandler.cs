using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace ShopwareSync.Tests.Unit.Shopware;

/// <summary>
/// A fake network: answers each request with the next scripted responder (the last one repeats) and records what
/// was sent, including the body as text and the Authorization header at the moment of sending.
/// </summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly List<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> responders = [];
    private readonly ConcurrentDictionary<int, TaskCompletionSource<RecordedRequest>> sent = new();
    private int calls;

    public List<RecordedRequest> Requests { get; } = [];

    public Func<DateTimeOffset>? Clock { get; init; }

    public StubHttpHandler Respond(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        responders.Add(responder);
        return this;
    }

    public StubHttpHandler Respond(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null) =>
        Respond((_, _) =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
                response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            configure?.Invoke(response);
            return Task.FromResult(response);
        });

    public StubHttpHandler RespondRaw(HttpStatusCode status, string body, string mediaType) =>
        Respond((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) }));

    public StubHttpHandler Throw(Exception exception) => Respond((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Never answers; the attempt ends only when its token is cancelled (a timeout).</summary>
    public StubHttpHandler Hang() => Respond(async (_, ct) =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, ct);
        throw new InvalidOperationException("unreachable");
    });

    public int Calls => Volatile.Read(ref calls);

    /// <summary>Completes when the request with this 1-based number has been sent.</summary>
    public Task<RecordedRequest> WaitForCallAsync(int number) =>
        Sent(number).Task.WaitAsync(TimeSpan.FromSeconds(10));

    private TaskCompletionSource<RecordedRequest> Sent(int number) =>
        sent.GetOrAdd(number, _ => new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri?.AbsolutePath ?? "",
            request.Headers.Authorization?.ToString(),
            string.Join(",", request.Headers.Accept.Select(a => a.MediaType)),
            body,
            Clock?.Invoke(),
            request);
        int index;
        lock (Requests)
        {
            Requests.Add(recorded);
            index = Requests.Count - 1;
        }

        Interlocked.Increment(ref calls);
        Sent(index + 1).TrySetResult(recorded);

        var responder = responders[Math.Min(index, responders.Count - 1)];
        var response = await responder(request, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }
}

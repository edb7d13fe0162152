namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>Records each request attempt (body included) and passes it on unchanged.</summary>
internal sealed class RecordingHandler(RequestRecording recording) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Reading buffers the content, so the attempt sends exactly the bytes recorded here.
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        recording.Add(new RecordedAttempt(
            request.Method.Method, request.RequestUri?.AbsolutePath ?? "", body, request.Headers.Authorization?.Scheme == "Bearer"));
        return await base.SendAsync(request, cancellationToken);
    }
}

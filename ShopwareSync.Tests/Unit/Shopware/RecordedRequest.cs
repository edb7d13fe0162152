namespace ShopwareSync.Tests.Unit.Shopware;

/// <summary>What <see cref="StubHttpHandler"/> saw of one request, captured when it was sent.</summary>
internal sealed record RecordedRequest(
    string Method, string Path, string? Authorization, string Accept, string? Body, DateTimeOffset? SentAt, HttpRequestMessage Message);

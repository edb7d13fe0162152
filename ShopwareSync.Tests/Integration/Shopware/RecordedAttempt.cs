namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>One request attempt as it went to the network: method, path, body and whether it carried a bearer token.</summary>
internal sealed record RecordedAttempt(string Method, string Path, string? Body, bool HasBearerToken);

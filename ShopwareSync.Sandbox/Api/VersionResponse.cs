namespace ShopwareSync.Sandbox.Api;

/// <summary>The answer of <c>GET /api/_info/version</c> (admin-api.md 8).</summary>
public sealed record VersionResponse(string Version);

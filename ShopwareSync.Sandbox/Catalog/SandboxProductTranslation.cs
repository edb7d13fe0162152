namespace ShopwareSync.Sandbox.Catalog;

/// <summary><c>product.translated</c>: the translated fields with language fallback (admin-api.md 4.3).</summary>
public sealed record SandboxProductTranslation(string? Name);

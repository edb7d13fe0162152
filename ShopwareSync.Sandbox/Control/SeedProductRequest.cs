namespace ShopwareSync.Sandbox.Control;

/// <summary>A product to seed: number and stock, optionally its id; the rest gets quickstart defaults.</summary>
public sealed record SeedProductRequest(string ProductNumber, int Stock, string? Id = null, string? Name = null, bool IsCloseout = false, double Gross = 11.9);

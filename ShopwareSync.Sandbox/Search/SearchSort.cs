namespace ShopwareSync.Sandbox.Search;

/// <summary>One <c>sort</c> entry; Shopware adds no default sort (admin-api.md 4.2).</summary>
public sealed record SearchSort(string Field, FieldKind Kind, bool Descending);

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>One sort key of a criteria; <see cref="Order"/> is ASC or DESC.</summary>
public sealed record SearchSort(string Field, string Order = "ASC");

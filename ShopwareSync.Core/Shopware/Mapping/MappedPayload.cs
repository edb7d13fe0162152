namespace ShopwareSync.Core.Shopware.Mapping;

/// <summary>A payload and what the mapper had to change to make the row fit Shopware (to be logged on the job).</summary>
public sealed record MappedPayload<T>(T Payload, IReadOnlyList<string> Adjustments);

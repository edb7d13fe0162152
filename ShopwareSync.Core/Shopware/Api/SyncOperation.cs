namespace ShopwareSync.Core.Shopware.Api;

/// <summary>
/// One operation of <c>POST /api/_action/sync</c>. The request body is a map from operation key to operation;
/// an error pointer names the key and the index in <see cref="Payload"/> (<c>/key/index/field</c>).
/// </summary>
public sealed record SyncOperation
{
    /// <summary>DAL entity name, snake_case (product, product_visibility).</summary>
    public required string Entity { get; init; }

    /// <summary><see cref="SyncAction.Upsert"/> or <see cref="SyncAction.Delete"/>.</summary>
    public required string Action { get; init; }

    /// <summary>Records (upsert) or primary-key objects (delete). Records carry client-chosen ids, so a retry is idempotent.</summary>
    public IReadOnlyList<object>? Payload { get; init; }

    /// <summary>Filters for a delete by criteria (Shopware 6.6.8+ for all entities).</summary>
    public IReadOnlyList<SearchFilter>? Criteria { get; init; }

    public static SyncOperation Upsert<T>(string entity, IEnumerable<T> records) where T : notnull =>
        new() { Entity = entity, Action = SyncAction.Upsert, Payload = records.Cast<object>().ToList() };

    public static SyncOperation Delete<T>(string entity, IEnumerable<T> keys) where T : notnull =>
        new() { Entity = entity, Action = SyncAction.Delete, Payload = keys.Cast<object>().ToList() };
}

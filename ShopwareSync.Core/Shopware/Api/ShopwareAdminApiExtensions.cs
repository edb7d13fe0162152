namespace ShopwareSync.Core.Shopware.Api;

/// <summary>Conveniences over <see cref="IShopwareAdminApi"/>.</summary>
public static class ShopwareAdminApiExtensions
{
    /// <summary>Creates a product; retried on transient failures only when the payload carries its own id.</summary>
    public static Task CreateProductAsync(this IShopwareAdminApi api, ProductPayload product, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(product);
        return api.CreateProductAsync(product, retrySafe: product.Id is not null, cancellationToken);
    }

    /// <summary>Upserts records of one entity in one sync request with operation key <paramref name="operationKey"/>.</summary>
    public static Task<SyncResult> UpsertAsync<T>(
        this IShopwareAdminApi api, string operationKey, string entity, IEnumerable<T> records, CancellationToken cancellationToken)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(api);
        var operations = new Dictionary<string, SyncOperation> { [operationKey] = SyncOperation.Upsert(entity, records) };
        return api.SyncAsync(operations, indexingBehavior: null, cancellationToken);
    }
}

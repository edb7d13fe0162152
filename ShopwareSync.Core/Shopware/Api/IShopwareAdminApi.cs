using Refit;
using ShopwareSync.Core.Shopware.Http;

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>
/// The Shopware 6 Admin API routes ShopwareSync uses. Every request asks for plain JSON (without an Accept header
/// Shopware answers 415). Failures surface as <see cref="Errors.ShopwareApiException"/>.
/// </summary>
[Headers("Accept: application/json")]
public interface IShopwareAdminApi : IShopwareOAuthApi
{
    /// <summary>All operations in one transaction: one bad record rejects the request and nothing is written.</summary>
    [Post("/api/_action/sync")]
    Task<SyncResult> SyncAsync(
        [Body] IReadOnlyDictionary<string, SyncOperation> operations,
        [Header("indexing-behavior")] string? indexingBehavior,
        CancellationToken cancellationToken);

    [Get("/api/product/{id}")]
    Task<EntityResponse<ShopwareProduct>> GetProductAsync(string id, CancellationToken cancellationToken);

    [Get("/api/product")]
    Task<SearchResult<ShopwareProduct>> ListProductsAsync([Query] int limit, [Query] int page, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a product (204). Pass <paramref name="retrySafe"/> true only when the payload carries a client-chosen
    /// id: then a repeat after an unknown outcome cannot create a second product (it answers 400
    /// FRAMEWORK__WRITE_TYPE_INTEND_ERROR if the first attempt did succeed). Prefer the extension without the flag,
    /// or a sync upsert, which has no such case.
    /// </summary>
    [Post("/api/product")]
    Task CreateProductAsync(
        [Body] ProductPayload product,
        [Property(ShopwareRequestProperties.RetrySafe)] bool retrySafe,
        CancellationToken cancellationToken);

    [Patch("/api/product/{id}")]
    Task UpdateProductAsync(string id, [Body] ProductPayload product, CancellationToken cancellationToken);

    /// <summary>Deletes a product (204). Retried on transient failures: a 404 then means an earlier attempt deleted it.</summary>
    [Delete("/api/product/{id}")]
    Task DeleteProductAsync(string id, CancellationToken cancellationToken);

    [Post("/api/search/product")]
    Task<SearchResult<ShopwareProduct>> SearchProductsAsync([Body] SearchCriteria criteria, CancellationToken cancellationToken);

    [Post("/api/search-ids/product")]
    Task<SearchIdsResult> SearchProductIdsAsync([Body] SearchCriteria criteria, CancellationToken cancellationToken);

    [Post("/api/search/order")]
    Task<SearchResult<ShopwareOrder>> SearchOrdersAsync([Body] SearchCriteria criteria, CancellationToken cancellationToken);

    [Post("/api/search/currency")]
    Task<SearchResult<ShopwareCurrency>> SearchCurrenciesAsync([Body] SearchCriteria criteria, CancellationToken cancellationToken);

    [Post("/api/search/tax")]
    Task<SearchResult<ShopwareTax>> SearchTaxesAsync([Body] SearchCriteria criteria, CancellationToken cancellationToken);

    [Post("/api/search/sales-channel")]
    Task<SearchResult<ShopwareSalesChannel>> SearchSalesChannelsAsync([Body] SearchCriteria criteria, CancellationToken cancellationToken);
}

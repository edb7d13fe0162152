using ShopwareSync.Core.Mapping;
using ShopwareSync.Core.Shopware.Api;

namespace ShopwareSync.Core.Sync;

/// <summary>
/// Finds the Shopware product of each article of a batch with one search (by product number, and by linked id),
/// so a stored link is verified before it is trusted and an unlinked article is linked by its number.
/// New and changed links are stored in product_map; links to products that no longer exist are removed.
/// </summary>
public sealed class ShopwareProductResolver(IShopwareAdminApi api, ProductMapStore links)
{
    // Shopware answers at most 500 rows per page (admin-api.md 4.2).
    private const int PageSize = 500;

    public async Task<ProductResolution> ResolveAsync(IReadOnlyCollection<SourceSnapshot> snapshots, CancellationToken cancellationToken)
    {
        var numbers = snapshots.Select(s => s.ProductNumber).Distinct(StringComparer.Ordinal).ToList();
        var linkedIds = snapshots.Select(s => s.LinkedShopwareId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var found = await SearchAsync(numbers, linkedIds, cancellationToken);

        // Shopware compares product numbers case-insensitively (its unique index), so match them that way.
        var byNumber = found.Where(p => p.ProductNumber is not null && p.ParentId is null)
            .GroupBy(p => p.ProductNumber!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var existingIds = found.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        var newLinks = new List<ProductLink>();
        var staleLinks = new List<string>();
        foreach (var snapshot in snapshots.DistinctBy(s => s.ProductNumber, StringComparer.Ordinal))
        {
            var number = snapshot.ProductNumber;
            if (byNumber.TryGetValue(number, out var id))
            {
                ids[number] = id;
                if (snapshot.LinkedShopwareId != id)
                    newLinks.Add(new ProductLink(number, id));
            }
            else if (snapshot.LinkedShopwareId is { } linked && existingIds.Contains(linked))
            {
                // Renumbered in Shopware's admin: the link still names our product.
                ids[number] = linked;
            }
            else
            {
                if (snapshot.LinkedShopwareId is not null)
                    staleLinks.Add(number);
                missing[number] = snapshot.LinkedShopwareId is null
                    ? $"product {number} not found in Shopware"
                    : $"product {number} not found in Shopware (its linked product {snapshot.LinkedShopwareId} no longer exists)";
            }
        }

        await links.LinkAsync(newLinks, ProductLinkMethod.Search, cancellationToken);
        await links.UnlinkAsync(staleLinks, cancellationToken);
        return new ProductResolution(ids, missing);
    }

    private async Task<List<ShopwareProduct>> SearchAsync(List<string> numbers, List<string> linkedIds, CancellationToken cancellationToken)
    {
        var filters = new List<SearchFilter> { SearchFilter.EqualsAny("productNumber", numbers) };
        if (linkedIds.Count > 0)
            filters.Add(SearchFilter.EqualsAny("id", linkedIds));
        var found = new List<ShopwareProduct>();
        for (var page = 1; ; page++)
        {
            var result = await api.SearchProductsAsync(new SearchCriteria
            {
                Page = page,
                Limit = PageSize,
                Filter = [SearchFilter.Any([.. filters])],
                Sort = [new SearchSort("id")],
                Includes = new Dictionary<string, IReadOnlyList<string>> { ["product"] = ["id", "productNumber", "parentId"] },
                TotalCountMode = "none",
            }, cancellationToken);
            found.AddRange(result.Data);
            if (result.Data.Count < PageSize)
                return found;
        }
    }
}

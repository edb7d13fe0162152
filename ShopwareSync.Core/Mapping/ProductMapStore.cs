using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using ShopwareSync.Core.Database;

namespace ShopwareSync.Core.Mapping;

/// <summary>
/// Reads and writes shopware_sync.product_map, the link from an article number to its Shopware product.
/// With Database:MirrorShopwareProductId on, a link is also written into the app's
/// item_refs."ShopwareProductId", in the same transaction; that write queues no job (the triggers ignore
/// the column), and the map stays the source of truth when an app import overwrites the mirror.
/// </summary>
public sealed partial class ProductMapStore(NpgsqlDataSource dataSource, IOptions<DatabaseOptions> options)
{
    private const string LinkSql =
        """
        INSERT INTO shopware_sync.product_map AS map (product_number, shopware_product_id, linked_by, verified_at)
        SELECT link.product_number, link.shopware_product_id, @LinkedBy, now()
        FROM unnest(@ProductNumbers::text[], @ShopwareProductIds::text[]) AS link(product_number, shopware_product_id)
        ORDER BY link.product_number
        ON CONFLICT (product_number) DO UPDATE
        SET shopware_product_id = EXCLUDED.shopware_product_id,
            linked_by           = EXCLUDED.linked_by,
            linked_at           = CASE WHEN map.shopware_product_id = EXCLUDED.shopware_product_id
                                       THEN map.linked_at ELSE now() END,
            verified_at         = now()
        """;

    private const string MirrorSql =
        """
        UPDATE public.item_refs AS refs SET "ShopwareProductId" = link.shopware_product_id
        FROM unnest(@ProductNumbers::text[], @ShopwareProductIds::text[]) AS link(product_number, shopware_product_id)
        WHERE refs."Artikel_Nummer" = link.product_number
          AND refs."ShopwareProductId" IS DISTINCT FROM link.shopware_product_id
        """;

    private const string UnlinkSql =
        "DELETE FROM shopware_sync.product_map WHERE product_number = ANY(@ProductNumbers::text[])";

    private const string FindSql =
        "SELECT shopware_product_id FROM shopware_sync.product_map WHERE product_number = @ProductNumber";

    /// <summary>Links an article to a Shopware product id (32 lower-case hex digits), replacing an older link.</summary>
    public Task LinkAsync(string productNumber, string shopwareProductId, ProductLinkMethod method, CancellationToken cancellationToken) =>
        LinkAsync([new ProductLink(productNumber, shopwareProductId)], method, cancellationToken);

    /// <summary>Links many articles in one transaction and one statement (two with mirroring).</summary>
    public async Task LinkAsync(IReadOnlyCollection<ProductLink> links, ProductLinkMethod method, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        foreach (var link in links)
        {
            ArgumentException.ThrowIfNullOrEmpty(link.ProductNumber);
            if (!ShopwareIdPattern().IsMatch(link.ShopwareProductId))
                throw new ArgumentException($"'{link.ShopwareProductId}' is not a Shopware id (32 lower-case hex digits).", nameof(links));
        }

        if (links.Count == 0)
            return;
        var parameters = new
        {
            ProductNumbers = links.Select(link => link.ProductNumber).ToArray(),
            ShopwareProductIds = links.Select(link => link.ShopwareProductId).ToArray(),
            LinkedBy = ColumnValue(method),
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(LinkSql, parameters, transaction, cancellationToken: cancellationToken));
        if (options.Value.MirrorShopwareProductId)
            await connection.ExecuteAsync(new CommandDefinition(MirrorSql, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Removes links whose Shopware product no longer exists (the mirror column is left to the app).</summary>
    public async Task UnlinkAsync(IReadOnlyCollection<string> productNumbers, CancellationToken cancellationToken)
    {
        if (productNumbers.Count == 0)
            return;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(UnlinkSql, new { ProductNumbers = productNumbers.ToArray() }, cancellationToken: cancellationToken));
    }

    /// <summary>The linked Shopware product id, or null when the article is not linked.</summary>
    public async Task<string?> FindAsync(string productNumber, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(
            new CommandDefinition(FindSql, new { ProductNumber = productNumber }, cancellationToken: cancellationToken));
    }

    // The values of CHECK product_map_linked_by_known.
    private static string ColumnValue(ProductLinkMethod method) => method switch
    {
        ProductLinkMethod.Search => "search",
        ProductLinkMethod.Created => "created",
        ProductLinkMethod.Adopted => "adopted",
        ProductLinkMethod.Manual => "manual",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex ShopwareIdPattern();
}

using Dapper;
using Npgsql;
using ShopwareSync.Core.Catalog;
using ShopwareSync.Core.Database;

namespace ShopwareSync.Core.Sync;

/// <summary>Reads the current state of a batch of products from shopware_sync.product_source, in one query.</summary>
public sealed class ProductSourceReader(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyDictionary<string, SourceSnapshot>> ReadAsync(IReadOnlyCollection<string> productNumbers, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var command = new CommandDefinition(
            EmbeddedSql.Load("Sync", "ReadSourceSnapshots"),
            new { numbers = productNumbers.Distinct(StringComparer.Ordinal).ToArray() },
            cancellationToken: cancellationToken);
        // Dapper leaves the row null when the article is gone (its split column, ProductNumber, is NULL).
        var snapshots = await connection.QueryAsync<RequestedProduct, ProductSourceRow?, SourceSnapshot>(
            command,
            (requested, row) => new SourceSnapshot(requested.RequestedNumber, row, requested.LinkedShopwareId),
            splitOn: nameof(ProductSourceRow.ProductNumber));
        return snapshots.ToDictionary(snapshot => snapshot.ProductNumber, StringComparer.Ordinal);
    }

    private sealed record RequestedProduct(string RequestedNumber, string? LinkedShopwareId);
}

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
        var rows = await connection.QueryAsync<SnapshotRow>(
            new CommandDefinition(EmbeddedSql.Load("Sync", "ReadSourceSnapshots"), new { numbers = productNumbers.Distinct(StringComparer.Ordinal).ToArray() }, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.RequestedNumber, row => row.ToSnapshot(), StringComparer.Ordinal);
    }

    private sealed class SnapshotRow
    {
        public string RequestedNumber { get; init; } = "";

        public string? ProductNumber { get; init; }

        public string? Name { get; init; }

        public string? Description { get; init; }

        public string? LongText { get; init; }

        public string? Manufacturer { get; init; }

        public string? Ean { get; init; }

        public decimal? GrossPrice { get; init; }

        public int? LengthMm { get; init; }

        public int? WidthMm { get; init; }

        public int? HeightMm { get; init; }

        public decimal? WeightKg { get; init; }

        public bool? ShopArticle { get; init; }

        public bool? Published { get; init; }

        public string? Unit { get; init; }

        public long? Stock { get; init; }

        public int? ItemRows { get; init; }

        public string? ShopwareProductId { get; init; }

        public string? AppShopwareProductId { get; init; }

        public string? LinkedShopwareId { get; init; }

        public SourceSnapshot ToSnapshot() => new(
            RequestedNumber,
            ProductNumber is null ? null : new ProductSourceRow
            {
                ProductNumber = ProductNumber,
                Name = Name,
                Description = Description,
                LongText = LongText,
                Manufacturer = Manufacturer,
                Ean = Ean,
                GrossPrice = GrossPrice,
                LengthMm = LengthMm,
                WidthMm = WidthMm,
                HeightMm = HeightMm,
                WeightKg = WeightKg,
                ShopArticle = ShopArticle ?? false,
                Published = Published ?? false,
                Unit = Unit,
                Stock = Stock ?? 0,
                ItemRows = ItemRows ?? 0,
                ShopwareProductId = ShopwareProductId,
                AppShopwareProductId = AppShopwareProductId,
            },
            LinkedShopwareId);
    }
}

namespace ShopwareSync.Tests.Infrastructure;

/// <summary>
/// A small inventory, written with the app's own upserts: three articles (pieces, a bulk lot, one with
/// unknown stock), five items, one item without an article. The queue is emptied afterwards, so a test
/// sees only the jobs its own statements caused.
/// </summary>
public static class InventoryTestData
{
    public const string Pieces = "A-100";
    public const string Bulk = "B-200";
    public const string Unknown = "C-300";
    public const string Now = "2026-11-25T10:00:00.000Z";

    internal static async Task SeedAsync(TestDatabase database)
    {
        await database.ExecuteAsync(HostAppStatements.InsertBox, new[] { new { BoxId = "B-1", Now }, new { BoxId = "B-2", Now } });
        await database.ExecuteAsync(HostAppStatements.UpsertReference, new[]
        {
            Reference(Pieces, "Akku 18V", 19.99f, "Stk"),
            Reference(Bulk, "Schrauben M4", 0.05f, "Menge"),
            Reference(Unknown, "Kabel", null, "Stk"),
        });
        await database.ExecuteAsync(HostAppStatements.UpsertInstance, new[]
        {
            Instance("I-A1", Pieces, 1),
            Instance("I-A2", Pieces, 1),
            Instance("I-B1", Bulk, 40),
            Instance("I-C1", Unknown, null),
            Instance("I-N1", null, 3),
        });
        await database.ExecuteAsync("DELETE FROM shopware_sync.sync_job");
    }

    public static ReferenceRow Reference(string articleNumber, string name, float? price, string unit) =>
        new(articleNumber, name, price, unit);

    public static InstanceRow Instance(string itemUuid, string? articleNumber, int? stock, string boxId = "B-1") =>
        new(itemUuid, articleNumber, boxId, stock);

    /// <summary>Parameters of <see cref="HostAppStatements.UpsertReference"/>.</summary>
    public sealed record ReferenceRow(string ArticleNumber, string Name, float? Price, string Unit)
    {
        public string? SearchTerm { get; init; } = "suche";
        public string? ShortText { get; init; } = "Kurz";
        public string? LongText { get; init; } = """{"Spannung":"18 V"}""";
        public string? Manufacturer { get; init; } = "Bosch";
        public int? LengthMm { get; init; } = 100;
        public int? WidthMm { get; init; } = 50;
        public int? HeightMm { get; init; } = 20;
        public float? WeightKg { get; init; } = 0.25f;
        public string? MainCategoryA { get; init; } = "10";
        public string? Published { get; init; } = "yes";
        public int? Quality { get; init; } = 3;
        public int? ShopArticle { get; init; } = 1;
        public string? Ean { get; init; }
        public string? ShopwareProductId { get; init; }
    }

    /// <summary>Parameters of <see cref="HostAppStatements.UpsertInstance"/>.</summary>
    public sealed record InstanceRow(string ItemUuid, string? ArticleNumber, string? BoxId, int? Stock)
    {
        public string? Location { get; init; } = "Regal 1";
        public string Now { get; init; } = InventoryTestData.Now;
        public string? Captured { get; init; } = "2026-01-01";
        public int? Quality { get; init; } = 3;
        public string? SerialNumber { get; init; }
    }
}

using System.ComponentModel.DataAnnotations;

namespace ShopwareSync.Core.Database;

/// <summary>Where the inventory database is and how ShopwareSync treats the app's tables.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Npgsql connection string of the inventory database (the app's database).</summary>
    [Required(ErrorMessage = "Database:ConnectionString (environment Database__ConnectionString) is required.")]
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// Also write linked Shopware ids into the app's item_refs."ShopwareProductId". The app's imports may
    /// overwrite that column; shopware_sync.product_map stays the source of truth either way.
    /// </summary>
    public bool MirrorShopwareProductId { get; set; }


    // The connection string carries the password.
    public override string ToString() => $"{nameof(DatabaseOptions)} {{ MirrorShopwareProductId = {MirrorShopwareProductId} }}";
}

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>The actions of the sync API (exact lower case).</summary>
public static class SyncAction
{
    public const string Upsert = "upsert";
    public const string Delete = "delete";
}

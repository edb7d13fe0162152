namespace ShopwareSync.Core.Mapping;

/// <summary>How an article was linked to its Shopware product (shopware_sync.product_map.linked_by).</summary>
public enum ProductLinkMethod
{
    /// <summary>Found in Shopware by product number.</summary>
    Search,

    /// <summary>Created in Shopware by ShopwareSync.</summary>
    Created,

    /// <summary>Taken over from what the app's in-app sync created.</summary>
    Adopted,

    /// <summary>Set by an operator.</summary>
    Manual,
}

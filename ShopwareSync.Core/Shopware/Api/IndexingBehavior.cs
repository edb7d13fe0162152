namespace ShopwareSync.Core.Shopware.Api;

/// <summary>Values of the sync API's <c>indexing-behavior</c> header; absent means indexing inside the request.</summary>
public static class IndexingBehavior
{
    /// <summary>Cheap indexers inline (stock → available), the rest queued; needs Shopware's queue workers.</summary>
    public const string UseQueue = "use-queue-indexing";

    /// <summary>No indexing at all: product.available is not recalculated. Not for stock writes.</summary>
    public const string Disable = "disable-indexing";
}

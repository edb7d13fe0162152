namespace ShopwareSync.Sandbox.Search;

/// <summary><c>total-count-mode</c>: what <c>total</c> counts (admin-api.md 4.2).</summary>
public enum TotalCountMode
{
    /// <summary>Rows in this page (the default).</summary>
    None = 0,

    /// <summary>All rows the filters match.</summary>
    Exact = 1,

    /// <summary>Rows found from the offset, up to <c>limit * 6 + 1</c>.</summary>
    NextPages = 2,
}

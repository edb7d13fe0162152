namespace ShopwareSync.Core.Shopware.Mapping;

/// <summary>
/// An inventory row that cannot become a valid Shopware payload (no price, stock beyond Shopware's int, …).
/// Permanent: repeating fails the same way until the row changes.
/// </summary>
public sealed class ProductMappingException : Exception
{
    public ProductMappingException(string productNumber, string field, string message)
        : base($"Article {productNumber}: {message}")
    {
        ProductNumber = productNumber;
        Field = field;
    }

    public ProductMappingException()
    {
        ProductNumber = "";
        Field = "";
    }

    public ProductMappingException(string message)
        : base(message)
    {
        ProductNumber = "";
        Field = "";
    }

    public ProductMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        ProductNumber = "";
        Field = "";
    }

    public string ProductNumber { get; }

    /// <summary>The source column at fault (gross_price, stock, product_number, …).</summary>
    public string Field { get; }
}

namespace ShopwareSync.Sandbox.Search;

/// <summary>How a field's values compare in filters and sorting, as the DAL field type decides in Shopware.</summary>
public enum FieldKind
{
    Id,
    Text,
    WholeNumber,
    Number,
    Bool,
    Date,

    /// <summary>A JSON column (<c>price</c>, <c>payload</c>): paths may continue inside it.</summary>
    Json,
}

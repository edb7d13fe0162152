using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Catalog;

/// <summary>
/// The unique keys the database enforces when a validated product is written: the product number
/// (mapped to a 400, admin-api.md 3.4) and one visibility per sales channel (an unmapped 500, 9.1).
/// They fail the request as a whole, with a single error and no pointer (admin-api.md 2.4).
/// </summary>
public static class ProductConstraints
{
    public static (int Status, ShopwareError Error)? Check(SandboxState state, SandboxProduct product)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(product);
        if (state.IsNumberTaken(product.ProductNumber, product.Id))
            return (400, ShopwareErrors.DuplicateProductNumber(product.ProductNumber));
        if (product.FindDuplicateVisibilityChannel() is { } channel)
            return (500, ShopwareErrors.DuplicateVisibility(product.Id, channel));
        return null;
    }
}

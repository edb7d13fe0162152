using ShopwareSync.Core.Shopware.Http;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// The client's token source with <see cref="IShopwareTokenSource.Invalidate"/> made a no-op: the repeat after a 401
/// goes out with the rejected token again. It removes the re-authentication rule without touching the client.
/// </summary>
internal sealed class TokenSourceIgnoringRejections(IShopwareTokenSource inner) : IShopwareTokenSource
{
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => inner.GetTokenAsync(cancellationToken);

    public void Invalidate(string rejectedToken)
    {
    }
}

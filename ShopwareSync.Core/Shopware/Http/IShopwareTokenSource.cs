namespace ShopwareSync.Core.Shopware.Http;

/// <summary>Hands out a valid Admin API access token and forgets one Shopware rejected.</summary>
public interface IShopwareTokenSource
{
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Drops the cached token if it is still <paramref name="rejectedToken"/>, so the next call signs in again.</summary>
    void Invalidate(string rejectedToken);
}

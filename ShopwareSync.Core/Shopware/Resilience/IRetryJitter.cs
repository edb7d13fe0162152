namespace ShopwareSync.Core.Shopware.Resilience;

/// <summary>Source of jitter for retry delays: a number in [0, 1). Injectable so tests get exact delays.</summary>
public interface IRetryJitter
{
    double NextFraction();
}

namespace ShopwareSync.Core.Shopware.Resilience;

/// <summary>Jitter from <see cref="Random.Shared"/> (thread-safe).</summary>
public sealed class RandomRetryJitter : IRetryJitter
{
    // Jitter spreads retries of parallel workers apart; it needs no cryptographic quality.
#pragma warning disable CA5394
    public double NextFraction() => Random.Shared.NextDouble();
#pragma warning restore CA5394
}

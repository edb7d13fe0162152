using ShopwareSync.Core.Shopware.Resilience;

namespace ShopwareSync.Tests.Unit.Shopware;

public class ShopwareRetryDelayTests
{
    [TestCase(0, 1000)]
    [TestCase(1, 2000)]
    [TestCase(4, 16000)]
    [TestCase(5, 30000)]
    [TestCase(30, 30000)]
    public void Backoff_RetryIndex_DoublesUpToCap(int retryIndex, int expectedMs)
    {
        var delay = ShopwareRetryDelay.Backoff(retryIndex, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), jitter: 0.5);

        Assert.That(delay, Is.EqualTo(TimeSpan.FromMilliseconds(expectedMs)));
    }

    [Test]
    public void Backoff_AtCapWithMaximalJitter_StaysAtCap()
    {
        Assert.That(ShopwareRetryDelay.Backoff(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), jitter: 1.0),
            Is.EqualTo(TimeSpan.FromSeconds(30)));
    }
}

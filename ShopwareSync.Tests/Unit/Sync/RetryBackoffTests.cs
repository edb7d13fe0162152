using ShopwareSync.Core.Sync;

namespace ShopwareSync.Tests.Unit.Sync;

[TestFixture]
public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(15);

    [TestCase(1, 2)]
    [TestCase(2, 4)]
    [TestCase(3, 8)]
    [TestCase(6, 64)]
    public void DelayAfter_WithoutJitter_DoublesPerAttempt(int attempt, int expectedSeconds)
    {
        var backoff = new RetryBackoff(Base, Cap, () => 0.5);

        Assert.That(backoff.DelayAfter(attempt), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [TestCase(10)]
    [TestCase(64)]
    [TestCase(int.MaxValue)]
    public void DelayAfter_ManyAttempts_StaysAtTheCap(int attempt)
    {
        var backoff = new RetryBackoff(Base, Cap, () => 1.0);

        Assert.That(backoff.DelayAfter(attempt), Is.EqualTo(Cap));
    }

    [Test]
    public void DelayAfter_Jitter_SpreadsByAFifthEitherWay()
    {
        var lowest = new RetryBackoff(Base, Cap, () => 0.0).DelayAfter(3);
        var highest = new RetryBackoff(Base, Cap, () => 0.999999).DelayAfter(3);

        Assert.That(lowest, Is.EqualTo(TimeSpan.FromSeconds(6.4)));
        Assert.That(highest.TotalSeconds, Is.EqualTo(9.6).Within(0.001));
    }

    [Test]
    public void DelayAfter_AttemptBelowOne_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryBackoff(Base, Cap, () => 0.5).DelayAfter(0));
    }
}

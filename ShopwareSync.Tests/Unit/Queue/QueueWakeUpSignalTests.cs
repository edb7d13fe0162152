using Microsoft.Extensions.Time.Testing;
using ShopwareSync.Core.Queue;

namespace ShopwareSync.Tests.Unit.Queue;

[TestFixture]
public sealed class QueueWakeUpSignalTests
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    [Test]
    public async Task WaitAsync_BurstOfSignals_WakesOnceThenWaitsForThePoll()
    {
        var clock = new FakeTimeProvider();
        var signal = new QueueWakeUpSignal(clock);
        for (var i = 0; i < 100; i++)
            signal.Signal();

        var first = await signal.WaitAsync(PollInterval, CancellationToken.None);
        var second = signal.WaitAsync(PollInterval, CancellationToken.None);

        Assert.That(first, Is.True);
        Assert.That(second.IsCompleted, Is.False, "a burst is one wake-up");
        clock.Advance(PollInterval);
        Assert.That(await second, Is.False, "woken by the poll interval");
    }

    [Test]
    public async Task WaitAsync_SignalWhileWaiting_WakesAtOnce()
    {
        var clock = new FakeTimeProvider();
        var signal = new QueueWakeUpSignal(clock);
        var waiting = signal.WaitAsync(PollInterval, CancellationToken.None);

        signal.Signal();

        Assert.That(await waiting, Is.True);
    }

    [Test]
    public void WaitAsync_Cancelled_Throws()
    {
        var signal = new QueueWakeUpSignal(new FakeTimeProvider());
        using var cancellation = new CancellationTokenSource();
        var waiting = signal.WaitAsync(PollInterval, cancellation.Token);

        cancellation.Cancel();

        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
    }
}

using System.Threading.Channels;

namespace ShopwareSync.Core.Queue;

/// <summary>
/// Tells the worker that the queue has new work. Any number of signals between two waits make one
/// wake-up (a burst of notifications is one wake-up, not a storm); a wait without a signal ends at the
/// poll interval, so work is found even when a notification is lost.
/// </summary>
public sealed class QueueWakeUpSignal(TimeProvider timeProvider)
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Records that there is work; a no-op when a wake-up is already pending.</summary>
    public void Signal() => _pending.Writer.TryWrite(true);

    /// <summary>Waits for a signal or until <paramref name="pollInterval"/> has passed. True when signalled.</summary>
    public async Task<bool> WaitAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        if (_pending.Reader.TryRead(out _))
            return true;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(pollInterval, timeProvider, timeout.Token);
        var signalled = _pending.Reader.WaitToReadAsync(timeout.Token).AsTask();
        var first = await Task.WhenAny(delay, signalled);
        await timeout.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == signalled && _pending.Reader.TryRead(out _);
    }
}

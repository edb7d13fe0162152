using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ShopwareSync.Tests.Unit.Shopware;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports each timer the code under test creates, so a test advances
/// the clock only once the code is actually waiting (Advance fires only timers that already exist).
/// </summary>
internal sealed class TimerTrackingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> created = Channel.CreateUnbounded<TimeSpan>();

    public TimerTrackingTimeProvider()
        : base(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits (up to 10 s of real time) for the next timer whose due time matches, and returns that due time.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var due = await created.Reader.ReadAsync(guard.Token);
            if (match(due))
                return due;
        }
    }

    /// <summary>Advances to <paramref name="total"/> in steps, firing timers due along the way.</summary>
    public void AdvanceInSteps(TimeSpan total, TimeSpan step)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += step)
            Advance(total - elapsed < step ? total - elapsed : step);
    }
}

namespace ShopwareSync.Sandbox.State;

/// <summary>
/// Holds the current <see cref="SandboxState"/>. Readers take a snapshot without locking; writers are
/// serialized, build the next state from the current one and publish it at once, so concurrent
/// requests from the worker never see half a sync request.
/// </summary>
public sealed class SandboxStore
{
    private readonly Lock _writeLock = new();
    private SandboxState _current = SandboxState.Empty;

    public SandboxState Current => Volatile.Read(ref _current);

    /// <summary>Runs <paramref name="change"/> on the current state; its state is published only when it returns one.</summary>
    public TResult Write<TResult>(Func<SandboxState, SandboxWrite<TResult>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_writeLock)
        {
            var write = change(_current);
            if (write.Next is not null)
                Volatile.Write(ref _current, write.Next);
            return write.Result;
        }
    }

    public void Reset()
    {
        lock (_writeLock)
            Volatile.Write(ref _current, SandboxState.Empty);
    }
}

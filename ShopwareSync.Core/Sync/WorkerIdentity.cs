using System.Globalization;

namespace ShopwareSync.Core.Sync;

/// <summary>The name this process writes into lease_holder: configured, or host name and process id.</summary>
public sealed record WorkerIdentity(string Name)
{
    public static WorkerIdentity From(SyncWorkerOptions options) =>
        new(string.IsNullOrWhiteSpace(options.WorkerName)
            ? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}")
            : options.WorkerName.Trim());
}

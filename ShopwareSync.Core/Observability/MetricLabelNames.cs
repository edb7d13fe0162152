namespace ShopwareSync.Core.Observability;

/// <summary>Every label name ShopwareSync's metrics use. Their values are bounded sets (docs/metrics.md lists them).</summary>
public static class MetricLabelNames
{
    /// <summary>Job kind: stock, catalog.</summary>
    public const string Kind = "kind";

    /// <summary>Queue status: pending, in_progress, done, failed.</summary>
    public const string Status = "status";

    /// <summary>What became of a job: delivered, retried, failed.</summary>
    public const string Outcome = "outcome";

    /// <summary>Which Shopware client: admin, oauth.</summary>
    public const string Client = "client";

    /// <summary>HTTP method.</summary>
    public const string Method = "method";

    /// <summary>Admin API route template, ids as placeholders.</summary>
    public const string Endpoint = "endpoint";

    /// <summary>2xx, 3xx, 4xx, 5xx, none.</summary>
    public const string StatusClass = "status_class";

    /// <summary>Circuit breaker state: closed, open, half_open.</summary>
    public const string State = "state";
}

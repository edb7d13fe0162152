namespace ShopwareSync.Sandbox.Observability;

/// <summary>How many requests one endpoint answered with one status; status 0 means the connection was dropped.</summary>
public sealed record RequestCount(string Endpoint, int Status, long Count);

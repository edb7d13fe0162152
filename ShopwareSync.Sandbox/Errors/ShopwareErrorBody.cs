namespace ShopwareSync.Sandbox.Errors;

/// <summary>The body of every Admin API error answer: <c>{"errors": [...]}</c> (admin-api.md 7).</summary>
public sealed record ShopwareErrorBody(IReadOnlyList<ShopwareError> Errors);

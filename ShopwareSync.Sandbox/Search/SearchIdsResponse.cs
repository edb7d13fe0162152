namespace ShopwareSync.Sandbox.Search;

/// <summary>The answer of <c>/api/search-ids/{entity}</c>: <c>{"total", "data": [ids]}</c> (admin-api.md 4.3).</summary>
public sealed record SearchIdsResponse(int Total, IReadOnlyList<string> Data);

namespace ShopwareSync.Core.Shopware.Api;

/// <summary>Answer of <c>POST /api/search-ids/{entity}</c> for single-id entities.</summary>
public sealed record SearchIdsResult
{
    public int Total { get; init; }

    public IReadOnlyList<string> Data { get; init; } = [];
}

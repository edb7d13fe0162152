using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Search;

/// <summary>One parsed criteria filter (admin-api.md 4.1), evaluated against an entity document.</summary>
public abstract record SearchFilter
{
    public abstract bool Matches(JsonObject document);
}

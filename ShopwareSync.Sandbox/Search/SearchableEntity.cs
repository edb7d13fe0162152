using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Search;

/// <summary>An entity reachable under <c>/api/search/{RouteName}</c>, with its documents in the current state.</summary>
public sealed record SearchableEntity(string RouteName, EntitySchema Schema, Func<SandboxState, IEnumerable<JsonObject>> Documents);

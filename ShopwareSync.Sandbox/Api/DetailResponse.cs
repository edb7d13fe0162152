using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Api;

/// <summary>A single entity as detail routes and writes with <c>?_response</c> answer it: <c>{"data": {…}}</c> (admin-api.md 3.1).</summary>
public sealed record DetailResponse(JsonObject Data);

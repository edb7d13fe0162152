using System.Text.Json;
using Json.Schema;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>One request body schema taken from Shopware's published OpenAPI document, ready to check JSON against.</summary>
internal sealed class RequestBodySchema(string name, JsonSchema schema)
{
    public string Name { get; } = name;

    /// <summary>Every violation, as <c>instance location: message</c>; empty when the body conforms.</summary>
    public IReadOnlyList<string> Violations(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Violations(document.RootElement);
    }

    public IReadOnlyList<string> Violations(JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        return [.. new[] { results }.Concat(results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({e.Key} at {d.EvaluationPath})"))];
    }

    public override string ToString() => Name;
}

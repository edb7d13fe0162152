using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>
/// Request body schemas from Shopware's published OpenAPI 3.1 document (<c>../shared/shopware/adminApiSchema.json</c>,
/// Shopware 6.7), evaluated as JSON Schema 2020-12 (the dialect OpenAPI 3.1 uses) by JsonSchema.Net. The component
/// schemas become <c>$defs</c> of one document, so every <c>$ref</c> resolves as published.
/// <para>
/// Three deliberate relaxations, each where the document describes something narrower than Shopware accepts:
/// <list type="bullet">
/// <item><c>ProductUpdate</c> is <c>Product</c> without <c>required</c>: the document reuses the create schema for
/// PATCH and for sync upserts of existing ids, which Shopware applies as partial writes (admin-api.md 2.1, 3).</item>
/// <item><c>ProductVisibility</c> nested in a product needs no <c>productId</c>: Shopware's DAL fills the foreign
/// key of a nested one-to-many record from its parent.</item>
/// <item>The sync body is one operation per value of an object keyed by operation name; the document types it as an
/// array of operations (SOURCE.md lists this divergence), so each operation is checked against the array's item
/// schema, and each upsert record against <c>Product</c> or <c>ProductUpdate</c>.</item>
/// </list>
/// Formats (<c>int64</c>, <c>float</c>, <c>date-time</c>) are annotations in 2020-12 and are not checked.
/// </para>
/// </summary>
internal static class PublishedAdminApiSchemas
{
    private static readonly Lazy<JsonObject?> DocumentDefinitions = new(LoadDefinitions);
    // A registry of its own: the built schemas stay out of JsonSchema.Net's global one.
    private static readonly Lazy<BuildOptions> Build = new(() => new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    private static readonly Dictionary<string, RequestBodySchema> Built = [];
    private static readonly Lock BuildLock = new();

    public static string DocumentPath { get; } =
        System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot.Path, "..", "shared", "shopware", "adminApiSchema.json"));

    public static RequestBodySchema Product => Named(nameof(Product));

    public static RequestBodySchema ProductUpdate => Named(nameof(ProductUpdate));

    public static RequestBodySchema Criteria => Named(nameof(Criteria));

    public static RequestBodySchema SyncOperation => Named(nameof(SyncOperation));

    public static RequestBodySchema TokenRequest => Named(nameof(TokenRequest));

    /// <summary>Ignores the calling test when the published document is not beside the checkout (CI puts it there).</summary>
    public static void RequireDocument()
    {
        if (DocumentDefinitions.Value is null)
            Assert.Ignore($"Shopware's published OpenAPI document is not at {DocumentPath}; the request body schema tests need it.");
    }

    private static RequestBodySchema Named(string name)
    {
        var definitions = DocumentDefinitions.Value
            ?? throw new InvalidOperationException($"Shopware's published OpenAPI document is not at {DocumentPath}; call RequireDocument first.");

        lock (BuildLock)
        {
            if (Built.TryGetValue(name, out var built))
                return built;
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = definitions.DeepClone(),
                ["$ref"] = "#/$defs/" + name,
            };
            using var document = JsonDocument.Parse(root.ToJsonString());
            var schema = JsonSchema.Build(document.RootElement.Clone(), Build.Value, new Uri($"https://shopwaresync.invalid/admin-api/{name}"));
            return Built[name] = new RequestBodySchema(name, schema);
        }
    }

    private static JsonObject? LoadDefinitions()
    {
        if (!File.Exists(DocumentPath))
            return null;
        var openApi = JsonNode.Parse(File.ReadAllText(DocumentPath).Replace("\"#/components/schemas/", "\"#/$defs/", StringComparison.Ordinal))!;
        var definitions = openApi["components"]!["schemas"]!.AsObject();

        var update = definitions[nameof(Product)]!.DeepClone().AsObject();
        update.Remove("required");
        definitions[nameof(ProductUpdate)] = update;

        var visibilityRequired = definitions["ProductVisibility"]!["required"]!.AsArray();
        visibilityRequired.Remove(visibilityRequired.Single(r => r!.GetValue<string>() == "productId"));

        definitions[nameof(SyncOperation)] = RequestSchema(openApi, "/_action/sync")["items"]!.DeepClone();
        definitions[nameof(TokenRequest)] = RequestSchema(openApi, "/oauth/token").DeepClone();
        return Reachable(definitions, [nameof(Product), nameof(ProductUpdate), nameof(Criteria), nameof(SyncOperation), nameof(TokenRequest)]);
    }

    /// <summary>
    /// Only the definitions the request schemas reach through <c>$ref</c>. The document also holds schemas no
    /// request of ShopwareSync touches, some of them invalid (PayPal's and the error object's <c>"type": "mixed"</c>),
    /// which a validator must not have to build.
    /// </summary>
    private static JsonObject Reachable(JsonObject definitions, IEnumerable<string> roots)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var name))
        {
            if (!reached.Add(name))
                continue;
            foreach (var reference in References(definitions[name]!))
                pending.Push(reference);
        }

        var kept = new JsonObject();
        foreach (var name in reached.Order(StringComparer.Ordinal))
            kept[name] = definitions[name]!.DeepClone();
        return kept;
    }

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue value
            ? [value.GetValue<string>()["#/$defs/".Length..]]
            : p.Value is null ? [] : References(p.Value)),
        JsonArray array => array.Where(i => i is not null).SelectMany(i => References(i!)),
        _ => [],
    };

    private static JsonNode RequestSchema(JsonNode openApi, string path) =>
        openApi["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
}

using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Catalog;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;
using ShopwareSync.Sandbox.Reference;
using ShopwareSync.Sandbox.Search;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Sync;

/// <summary>
/// Runs the operations of one sync request as Shopware 6.5+ does (<c>EntityWriter::sync</c>,
/// admin-api.md 2.4): resolvers first, then every record validated, then all writes as one
/// transaction. One bad record rejects the whole request and nothing is written.
/// </summary>
public sealed class SyncOperationHandler(ProductPayloadWriter writer, TimeProvider time)
{
    public const string ProductEntity = "product";

    public SandboxWrite<SyncOutcome> Execute(SandboxState state, IReadOnlyList<SyncOperation> operations, bool recalculateAvailability)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(operations);

        // The sandbox knows only products; Shopware answers an unknown definition with 500 (admin-api.md 2.4).
        if (operations.FirstOrDefault(operation => operation.Entity != ProductEntity) is { } unknown)
            return Fail(500, [ShopwareErrors.DefinitionNotFound(unknown.Entity)]);
        if (ForeignKeyResolver.Resolve(operations, state) is { } unresolved)
            return Fail(400, [unresolved]);
        if (FindInvalidPrimaryKey(operations) is { } invalidKey)
            return Fail(400, [invalidKey]);

        var result = new SyncResult();
        var violations = new List<ShopwareError>();
        (int Status, ShopwareError Error)? constraintError = null;
        var working = state;
        foreach (var operation in operations)
        {
            if (operation.Action == SyncOperation.Upsert)
                working = Upsert(working, operation, recalculateAvailability, result, violations, ref constraintError);
            else
                working = Delete(working, operation, result, violations);
        }

        // Validation errors are reported before anything reaches SQL; a unique-key clash is an SQL
        // error, a single error without pointer (admin-api.md 2.4, 3.4).
        if (violations.Count > 0)
            return Fail(400, violations);
        if (constraintError is { } constraint)
            return Fail(constraint.Status, [constraint.Error]);
        return new SandboxWrite<SyncOutcome>(working, new SyncOutcome(200, result.ToJson(), result.RecordCount));
    }

    /// <summary>
    /// An invalid primary key fails fast with a single error whose pointer holds the last index of the
    /// operation and no operation key (admin-api.md 10.3).
    /// </summary>
    private static ShopwareError? FindInvalidPrimaryKey(IReadOnlyList<SyncOperation> operations)
    {
        foreach (var operation in operations)
        {
            foreach (var record in operation.Payload)
            {
                if (record.TryGetPropertyValue("id", out var id) && id is not null
                    && !(JsonValueReader.TryReadString(id, out var text) && ShopwareUuid.IsValid(text)))
                {
                    var value = JsonValueReader.TryReadString(id, out var raw) ? raw : id.ToJsonString();
                    return ShopwareErrors.InvalidUuid($"/{operation.Payload.Count - 1}/id", value);
                }
            }
        }

        return null;
    }

    private SandboxState Upsert(SandboxState working, SyncOperation operation, bool recalculateAvailability, SyncResult result, List<ShopwareError> violations, ref (int Status, ShopwareError Error)? constraintError)
    {
        for (var index = 0; index < operation.Payload.Count; index++)
        {
            var record = operation.Payload[index];
            var id = JsonValueReader.TryReadString(record["id"], out var given) ? given : ShopwareUuid.NewId(time);
            var existing = working.FindProduct(id);
            var write = writer.Write(existing, id, record, $"/{operation.Key}/{index}", recalculateAvailability);
            if (!write.IsValid)
            {
                violations.AddRange(write.Violations);
                continue;
            }

            var product = write.Product!;
            constraintError ??= ProductConstraints.Check(working, product);
            working = working.WithProduct(product);
            result.AddWritten(ProductEntity, JsonValue.Create(product.Id));
            result.CountRecord();
            foreach (var visibility in product.Visibilities.Except(existing?.Visibilities ?? []))
                result.AddWritten("product_visibility", JsonValue.Create(visibility.Id));
            if (record.ContainsKey("name"))
            {
                result.AddWritten("product_translation", new JsonObject
                {
                    ["productId"] = product.Id,
                    ["languageId"] = ShopwareDefaults.LanguageSystem,
                });
            }
        }

        return working;
    }

    private static SandboxState Delete(SandboxState working, SyncOperation operation, SyncResult result, List<ShopwareError> violations)
    {
        var ids = new List<string>();
        for (var index = 0; index < operation.Payload.Count; index++)
        {
            if (JsonValueReader.TryReadString(operation.Payload[index]["id"], out var id))
                ids.Add(id);
            else
                violations.Add(ShopwareErrors.NotBlank($"/{operation.Key}/{index}/id", null));
        }

        if (operation.Criteria is { Count: > 0 } criteria)
        {
            // Delete by criteria works for any entity since 6.6.8.0 and is not capped by the API limit (admin-api.md 2.1).
            var criteriaErrors = new List<ShopwareError>();
            var filters = new SearchFilterParser(EntitySchemas.Product, criteriaErrors).ParseList(criteria, $"/{operation.Key}/criteria");
            violations.AddRange(criteriaErrors);
            ids.AddRange(working.Products.Values.Select(SandboxJson.ToObject)
                .Where(document => filters.All(filter => filter.Matches(document)))
                .Select(document => document["id"]!.GetValue<string>()));
        }

        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (working.FindProduct(id) is null)
            {
                // Deleting a missing id is not an error in sync (admin-api.md 2.3).
                result.AddNotFound(ProductEntity, id);
                continue;
            }

            working = working.WithoutProduct(id);
            result.AddDeleted(ProductEntity, id);
            result.CountRecord();
        }

        return working;
    }

    private static SandboxWrite<SyncOutcome> Fail(int status, IReadOnlyList<ShopwareError> errors) =>
        new SandboxWrite<SyncOutcome>(null, new SyncOutcome(status, SandboxJson.ToObject(new ShopwareErrorBody(errors)), 0));
}

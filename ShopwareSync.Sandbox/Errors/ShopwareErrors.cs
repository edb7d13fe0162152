using System.Globalization;
using System.Text.Json.Nodes;

namespace ShopwareSync.Sandbox.Errors;

/// <summary>
/// The error entries the sandbox answers with, each worded as Shopware words it (admin-api.md 1.3, 2.4,
/// 3, 4.2 and 7). Kept in one place so tests and docs can point at a single list. A <c>path</c>
/// parameter is the value of <c>source.pointer</c>.
/// </summary>
public static class ShopwareErrors
{
    public const string NotBlankCode = "c1051bb4-d103-4f74-8988-acbcafc7fdc3";
    public const string TypeCode = "ba785a8c-82cb-4283-967c-3cf342181b40";
    public const string MissingFieldCode = "2fa2158c-2a7f-484b-98aa-975522539ff8";
    public const string WriteConstraintViolationCode = "FRAMEWORK__WRITE_CONSTRAINT_VIOLATION";

    public static ShopwareError AccessDenied(string detail) =>
        new("401", "9", "The resource owner or authorization server denied the request.", detail);

    public static ShopwareError NotBlank(string path, JsonNode? value) =>
        Violation(NotBlankCode, "This value should not be blank.", "This value should not be blank.", path,
            new JsonObject { ["{{ value }}"] = value is null ? "null" : value.ToJsonString() });

    public static ShopwareError WrongType(string path, JsonNode? value, string type) =>
        Violation(TypeCode, $"This value should be of type {type}.", "This value should be of type {{ type }}.", path,
            new JsonObject { ["{{ value }}"] = value is null ? "null" : value.ToJsonString(), ["{{ type }}"] = type });

    public static ShopwareError MissingField(string path) =>
        Violation(MissingFieldCode, "This field is missing.", "This field is missing.", path,
            new JsonObject { ["{{ field }}"] = "\"" + path[(path.LastIndexOf('/') + 1)..] + "\"" });

    public static ShopwareError InvalidUuid(string path, string value) =>
        Violation(WriteConstraintViolationCode, $"The string \"{value}\" is not a valid uuid.",
            "The string \"{{ input }}\" is not a valid uuid.", path, new JsonObject { ["{{ input }}"] = value });

    /// <summary>
    /// Shopware concatenates the exception path and the violation path, so the field name appears twice
    /// (admin-api.md 10.2, e.g. <c>/k/0/availableStockavailableStock</c>).
    /// </summary>
    public static ShopwareError WriteProtected(string recordPointer, string field) =>
        Violation(WriteConstraintViolationCode, "This field is write-protected.", "This field is write-protected.",
            $"{recordPointer}/{field}{field}", new JsonArray("crud", string.Empty));

    public static ShopwareError NoDefaultCurrencyPrice(string path) =>
        Violation(WriteConstraintViolationCode, "No price for default currency defined",
            "No price for default currency defined", path, new JsonArray());

    public static ShopwareError DuplicateProductNumber(string number) =>
        new("400", "CONTENT__DUPLICATE_PRODUCT_NUMBER", "Bad Request", $"Product with number \"{number}\" already exists.",
            Meta: new ShopwareErrorMeta(new JsonObject { ["number"] = number }));

    public static ShopwareError ResourceNotFound(string entity, string id) =>
        new("404", "FRAMEWORK__RESOURCE_NOT_FOUND", "Not Found",
            $"The {entity} resource with the following primary key was not found: id({id})",
            Meta: new ShopwareErrorMeta(new JsonObject { ["entity"] = entity, ["primaryKey"] = $"id({id})" }));

    public static ShopwareError WriteTypeIntend(string entity, string expected, string got, string hint) =>
        new("400", "FRAMEWORK__WRITE_TYPE_INTEND_ERROR", "Bad Request",
            $"Expected command for \"{entity}\" to be \"{expected}\". (Got: {got})\nHint: {hint}",
            Meta: new ShopwareErrorMeta(new JsonArray()));

    public static ShopwareError InvalidSyncOperation(string detail) =>
        new("400", "FRAMEWORK__INVALID_SYNC_OPERATION", "Bad Request", detail, Meta: new ShopwareErrorMeta(new JsonArray()));

    public static ShopwareError InvalidSyncCriteria() =>
        new("400", "API_INVALID_SYNC_CRITERIA_EXCEPTION", "Bad Request",
            "Sync operation with a delete action requires non-empty criteria.", Meta: new ShopwareErrorMeta(new JsonArray()));

    public static ShopwareError DefinitionNotFound(string entity) =>
        new("500", "FRAMEWORK__DEFINITION_NOT_FOUND", "Internal Server Error", $"Definition for entity \"{entity}\" does not exist.",
            Meta: new ShopwareErrorMeta(new JsonObject { ["entityName"] = entity }));

    /// <summary>Shopware joins the resolver pointer without a leading slash (admin-api.md 10.1).</summary>
    public static ShopwareError UnresolvedForeignKey(string path, string field) =>
        new("400", "FRAMEWORK__API_INVALID_SYNC_RESOLVERS", "Bad Request",
            $"Can not resolve foreign key at position {path}. Reference field: {field}",
            Meta: new ShopwareErrorMeta(new JsonObject { ["pointer-0"] = path, ["field-0"] = field }));

    /// <summary>
    /// A second visibility for the same product and sales channel is an unhandled unique-key violation:
    /// a 500 carrying the SQL error (admin-api.md 2.4, 3.2, 9.1).
    /// </summary>
    public static ShopwareError DuplicateVisibility(string productId, string salesChannelId) =>
        new("500", "1062", "Internal Server Error",
            $"An exception occurred while executing a query: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{productId}-{salesChannelId}' for key 'product_visibility.uniq.product_id__sales_channel_id'");

    public static ShopwareError Deadlock() =>
        new("500", "1213", "Internal Server Error",
            "An exception occurred while executing a query: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction");

    /// <summary>Symfony's routing 404, code "0", for paths no route matches (admin-api.md 3.1, 10.8).</summary>
    public static ShopwareError NoRoute(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Symfony(404, "Not Found", $"No route found for \"{request.Method} {request.Path}\"");
    }

    public static ShopwareError Symfony(int status, string title, string detail) =>
        new(status.ToString(CultureInfo.InvariantCulture), "0", title, detail);

    public static ShopwareError Criteria(string code, string detail, string path, JsonNode? parameters = null) =>
        new("400", code, "Bad Request", detail, Meta: new ShopwareErrorMeta(parameters ?? new JsonArray()),
            Source: new ShopwareErrorSource(path));

    private static ShopwareError Violation(string code, string detail, string template, string path, JsonNode parameters) =>
        new("400", code, Title: null, detail, template, new ShopwareErrorMeta(parameters), new ShopwareErrorSource(path));
}

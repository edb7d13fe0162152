using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;
using ShopwareSync.Sandbox.Reference;

namespace ShopwareSync.Sandbox.Catalog;

/// <summary>
/// Validates one product record and applies it to the existing product (partial update) or to a new one
/// (insert, which needs every required field, admin-api.md 3.2). Like Shopware's write validator it
/// collects all violations of the record instead of stopping at the first, and ignores unknown keys
/// (admin-api.md 2.1).
/// </summary>
public sealed class ProductPayloadWriter(TimeProvider time)
{
    private const int ProductNumberMaxLength = 64;
    private static readonly string[] WriteProtectedFields = ["availableStock", "available", "sales"];

    /// <summary><paramref name="recalculateAvailability"/> is false under <c>indexing-behavior: disable-indexing</c> (admin-api.md 2.2).</summary>
    public ProductWriteResult Write(SandboxProduct? existing, string id, JsonObject record, string path, bool recalculateAvailability)
    {
        ArgumentNullException.ThrowIfNull(record);
        var errors = new List<ShopwareError>();
        var now = time.GetUtcNow();
        var product = existing ?? new SandboxProduct { Id = id, ProductNumber = string.Empty, CreatedAt = now };
        var isVariant = existing?.ParentId is not null;

        foreach (var field in WriteProtectedFields)
        {
            if (record.ContainsKey(field))
                errors.Add(ShopwareErrors.WriteProtected(path, field));
        }

        if (record.TryGetPropertyValue("parentId", out var parentNode))
        {
            if (parentNode is null)
                product = product with { ParentId = null };
            else if (JsonValueReader.TryReadString(parentNode, out var parentId) && ShopwareUuid.IsValid(parentId))
                product = product with { ParentId = parentId };
            else
                errors.Add(ShopwareErrors.InvalidUuid($"{path}/parentId", parentNode.ToString()));
            isVariant = product.ParentId is not null;
        }

        if (record.TryGetPropertyValue("productNumber", out var numberNode))
        {
            if (!JsonValueReader.TryReadString(numberNode, out var number))
                errors.Add(numberNode is null ? ShopwareErrors.NotBlank($"{path}/productNumber", null) : ShopwareErrors.WrongType($"{path}/productNumber", numberNode, "string"));
            else if (string.IsNullOrWhiteSpace(number))
                errors.Add(ShopwareErrors.NotBlank($"{path}/productNumber", numberNode));
            else if (number.Length > ProductNumberMaxLength)
                errors.Add(TooLong($"{path}/productNumber", numberNode));
            else
                product = product with { ProductNumber = number };
        }
        else if (existing is null)
        {
            errors.Add(ShopwareErrors.NotBlank($"{path}/productNumber", null));
        }

        var stockWritten = false;
        if (record.TryGetPropertyValue("stock", out var stockNode))
        {
            if (JsonValueReader.TryReadInt(stockNode, out var stock))
            {
                product = product with { Stock = stock, AvailableStock = stock };
                stockWritten = true;
            }
            else
            {
                errors.Add(stockNode is null ? ShopwareErrors.NotBlank($"{path}/stock", null) : ShopwareErrors.WrongType($"{path}/stock", stockNode, "int"));
            }
        }
        else if (existing is null)
        {
            errors.Add(ShopwareErrors.NotBlank($"{path}/stock", null));
        }

        if (record.TryGetPropertyValue("name", out var nameNode))
        {
            if (nameNode is null && isVariant)
                product = product with { Name = null };
            else if (!JsonValueReader.TryReadString(nameNode, out var name))
                errors.Add(nameNode is null ? ShopwareErrors.NotBlank($"{path}/name", null) : ShopwareErrors.WrongType($"{path}/name", nameNode, "string"));
            else if (string.IsNullOrWhiteSpace(name))
                errors.Add(ShopwareErrors.NotBlank($"{path}/name", nameNode));
            else
                product = product with { Name = name };
        }
        else if (existing is null && !isVariant)
        {
            // The name is a translated field, required for the system language (admin-api.md 3.2).
            errors.Add(ShopwareErrors.NotBlank($"{path}/translations/{ShopwareDefaults.LanguageSystem}/name", null));
        }

        if (record.TryGetPropertyValue("taxId", out var taxNode))
        {
            if (JsonValueReader.TryReadString(taxNode, out var taxId) && ShopwareUuid.IsValid(taxId))
                product = product with { TaxId = taxId };
            else if (taxNode is null && isVariant)
                product = product with { TaxId = null };
            else
                errors.Add(taxNode is null ? ShopwareErrors.NotBlank($"{path}/taxId", null) : ShopwareErrors.InvalidUuid($"{path}/taxId", taxNode.ToString()));
        }
        else if (existing is null && !isVariant)
        {
            errors.Add(ShopwareErrors.NotBlank($"{path}/taxId", null));
        }

        if (record.TryGetPropertyValue("price", out var priceNode))
        {
            var prices = SandboxPriceReader.Read(priceNode, $"{path}/price", errors);
            if (prices is not null)
                product = product with { Price = prices };
        }
        else if (existing is null && !isVariant)
        {
            errors.Add(ShopwareErrors.NotBlank($"{path}/price", null));
        }

        if (record.TryGetPropertyValue("visibilities", out var visibilitiesNode))
        {
            var visibilities = VisibilityPayloadReader.Read(visibilitiesNode, $"{path}/visibilities", id, product.Visibilities,
                () => ShopwareUuid.NewId(time), errors);
            if (visibilities is not null)
                product = product with { Visibilities = visibilities };
        }

        product = ReadBool(record, "active", path, errors, product, (p, v) => p with { Active = v });
        product = ReadBool(record, "isCloseout", path, errors, product, (p, v) => p with { IsCloseout = v });
        product = ReadInt(record, "minPurchase", path, errors, product, (p, v) => p with { MinPurchase = v });
        product = ReadInt(record, "purchaseSteps", path, errors, product, (p, v) => p with { PurchaseSteps = v });
        if (record.TryGetPropertyValue("maxPurchase", out var maxNode) && maxNode is null)
            product = product with { MaxPurchase = null };
        else
            product = ReadInt(record, "maxPurchase", path, errors, product, (p, v) => p with { MaxPurchase = v });

        if (errors.Count > 0)
            return new ProductWriteResult(null, errors);

        if (existing is not null)
            product = product with { UpdatedAt = now };

        // The indexer recomputes `available` after every write unless indexing is disabled; with it
        // disabled the stock mirror still moves but `available` keeps its old value (admin-api.md 2.2).
        var touchesAvailability = stockWritten || record.ContainsKey("isCloseout") || record.ContainsKey("minPurchase") || existing is null;
        if (touchesAvailability && (recalculateAvailability || existing is null))
            product = product.WithAvailabilityRecomputed();
        return new ProductWriteResult(product, []);
    }

    private static SandboxProduct ReadBool(JsonObject record, string field, string path, List<ShopwareError> errors, SandboxProduct product, Func<SandboxProduct, bool, SandboxProduct> apply)
    {
        if (!record.TryGetPropertyValue(field, out var node))
            return product;
        if (JsonValueReader.TryReadBool(node, out var value))
            return apply(product, value);
        errors.Add(ShopwareErrors.WrongType($"{path}/{field}", node, "bool"));
        return product;
    }

    private static SandboxProduct ReadInt(JsonObject record, string field, string path, List<ShopwareError> errors, SandboxProduct product, Func<SandboxProduct, int, SandboxProduct> apply)
    {
        if (!record.TryGetPropertyValue(field, out var node))
            return product;
        if (JsonValueReader.TryReadInt(node, out var value))
            return apply(product, value);
        errors.Add(ShopwareErrors.WrongType($"{path}/{field}", node, "int"));
        return product;
    }

    private static ShopwareError TooLong(string path, JsonNode? value) =>
        new("400", "d94b19cc-114f-4f44-9cc4-4138e80a87b9", null,
            $"This value is too long. It should have {ProductNumberMaxLength} characters or less.",
            "This value is too long. It should have {{ limit }} character or less.|This value is too long. It should have {{ limit }} characters or less.",
            new ShopwareErrorMeta(new JsonObject { ["{{ value }}"] = JsonValueReader.Quote(value), ["{{ limit }}"] = ProductNumberMaxLength }),
            new ShopwareErrorSource(path));
}

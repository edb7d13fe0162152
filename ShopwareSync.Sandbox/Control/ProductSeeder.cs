using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Catalog;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Reference;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Control;

/// <summary>
/// Seeds products through the same validation as API writes, filling what a seed leaves out with the
/// standard tax and a EUR price, so seeded products look like ones the client created.
/// </summary>
public sealed class ProductSeeder(ProductPayloadWriter writer, TimeProvider time)
{
    public SandboxWrite<IReadOnlyList<ShopwareError>> Seed(SandboxState state, IReadOnlyList<SeedProductRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(requests);
        var working = state;
        var errors = new List<ShopwareError>();
        for (var index = 0; index < requests.Count; index++)
        {
            var request = requests[index];
            var id = request.Id ?? ShopwareUuid.NewId(time);
            if (!ShopwareUuid.IsValid(id))
            {
                errors.Add(ShopwareErrors.InvalidUuid($"/{index}/id", id));
                continue;
            }

            var record = new JsonObject
            {
                ["productNumber"] = request.ProductNumber,
                ["stock"] = request.Stock,
                ["name"] = request.Name ?? request.ProductNumber,
                ["isCloseout"] = request.IsCloseout,
                ["taxId"] = SandboxReferenceData.StandardTaxId,
                ["price"] = new JsonArray(new JsonObject
                {
                    ["currencyId"] = ShopwareDefaults.Currency,
                    ["gross"] = request.Gross,
                    ["net"] = Math.Round(request.Gross / 1.19, 2),
                    ["linked"] = true,
                }),
            };
            var write = writer.Write(working.FindProduct(id), id, record, $"/{index}", recalculateAvailability: true);
            if (!write.IsValid)
            {
                errors.AddRange(write.Violations);
                continue;
            }

            if (working.IsNumberTaken(request.ProductNumber, id))
            {
                errors.Add(ShopwareErrors.DuplicateProductNumber(request.ProductNumber));
                continue;
            }

            working = working.WithProduct(write.Product!);
        }

        return errors.Count > 0 ? new SandboxWrite<IReadOnlyList<ShopwareError>>(null, errors) : new SandboxWrite<IReadOnlyList<ShopwareError>>(working, []);
    }
}

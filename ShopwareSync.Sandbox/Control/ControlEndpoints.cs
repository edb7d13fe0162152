using System.ComponentModel.DataAnnotations;
using ShopwareSync.Sandbox.Auth;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Sandbox.Json;
using ShopwareSync.Sandbox.Observability;
using ShopwareSync.Sandbox.Orders;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Control;

/// <summary>
/// The control surface under <c>/_sandbox</c>: no authentication, never faulted, never counted. It is
/// what tests and the quickstart use to arrange and inspect the shop, and it does not exist in Shopware.
/// </summary>
public static class ControlEndpoints
{
    public static void MapControlEndpoints(this IEndpointRouteBuilder routes)
    {
        var control = routes.MapGroup("/_sandbox");
        control.MapGet("/state", (SandboxStore store) => Results.Json(
            new SandboxStateSnapshot([.. store.Current.Products.Values.OrderBy(p => p.Id, StringComparer.Ordinal)], store.Current.Orders),
            SandboxJson.Options));
        control.MapPost("/reset", Reset);
        control.MapPost("/products", SeedProducts);
        control.MapPost("/orders", PlaceOrder);
        control.MapPost("/orders/{orderId}/{transition}", TransitionOrder);
        control.MapGet("/faults", (FaultSwitchboard faults) => Results.Json(faults.Current, SandboxJson.Options));
        control.MapPut("/faults", SetFaults);
        control.MapGet("/counters", (SandboxCounters counters) => Results.Json(counters.Snapshot(), SandboxJson.Options));
        control.MapDelete("/counters", (SandboxCounters counters) =>
        {
            counters.Reset();
            return Results.NoContent();
        });
        control.MapPost("/tokens/revoke", (AccessTokenRegistry tokens) =>
        {
            tokens.RevokeAll();
            return Results.NoContent();
        });
    }

    /// <summary>Empties the shop, revokes tokens, clears counters and the login throttle, and restores the configured faults.</summary>
    private static IResult Reset(SandboxStore store, SandboxCounters counters, FaultSwitchboard faults, AccessTokenRegistry tokens, OAuthLoginThrottle throttle)
    {
        store.Reset();
        counters.Reset();
        faults.ResetToConfigured();
        tokens.RevokeAll();
        throttle.Clear();
        return Results.NoContent();
    }

    private static IResult SeedProducts(IReadOnlyList<SeedProductRequest> products, SandboxStore store, ProductSeeder seeder)
    {
        var errors = store.Write(state => seeder.Seed(state, products));
        if (errors.Count > 0)
            return ShopwareErrorResult.From(400, errors);
        var seeded = products.Select(request => store.Current.FindProductByNumber(request.ProductNumber)).ToList();
        return Results.Json(seeded, SandboxJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static IResult PlaceOrder(PlaceOrderRequest request, SandboxStore store, OrderLifecycle lifecycle)
    {
        var change = store.Write(state => lifecycle.Place(state, request.Lines ?? []));
        return change.Order is { } order
            ? Results.Json(order, SandboxJson.Options, statusCode: StatusCodes.Status201Created)
            : ShopwareErrorResult.From(change.ErrorStatus, change.Error!);
    }

    private static IResult TransitionOrder(string orderId, string transition, SandboxStore store, OrderLifecycle lifecycle)
    {
        var change = store.Write(state => lifecycle.Transition(state, orderId, transition));
        return change.Order is { } order
            ? Results.Json(order, SandboxJson.Options)
            : ShopwareErrorResult.From(change.ErrorStatus, change.Error!);
    }

    private static IResult SetFaults(SandboxFaultOptions faults, FaultSwitchboard switchboard)
    {
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(faults, new ValidationContext(faults), problems, validateAllProperties: true))
        {
            return ShopwareErrorResult.From(400, problems.Select(problem =>
                new ShopwareError("400", "SANDBOX__INVALID_FAULTS", "Bad Request", problem.ErrorMessage)).ToList());
        }

        switchboard.Apply(faults);
        return Results.Json(switchboard.Current, SandboxJson.Options);
    }
}

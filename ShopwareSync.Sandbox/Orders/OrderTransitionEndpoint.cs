using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.Json;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Orders;

/// <summary>
/// <c>POST /api/_action/order/{orderId}/state/{transition}</c> (admin-api.md 6.1): answers the new
/// state as JSON whatever <c>Accept</c> says (admin-api.md 10.7).
/// </summary>
public static class OrderTransitionEndpoint
{
    public static void MapOrderTransitionEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/_action/order/{orderId}/state/{transition}", Transition);

    private static IResult Transition(string orderId, string transition, SandboxStore store, OrderLifecycle lifecycle)
    {
        var change = store.Write(state => lifecycle.Transition(state, orderId, transition));
        return change.Order is { } order
            ? Results.Json(order.StateMachineState, SandboxJson.Options)
            : ShopwareErrorResult.From(change.ErrorStatus, change.Error!);
    }
}

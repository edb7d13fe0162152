using System.Globalization;
using System.Text.Json.Nodes;
using ShopwareSync.Sandbox.Catalog;
using ShopwareSync.Sandbox.Errors;
using ShopwareSync.Sandbox.State;

namespace ShopwareSync.Sandbox.Orders;

/// <summary>
/// Places orders and moves them through their states with Shopware 6.6+ stock handling
/// (<c>OrderStockSubscriber</c>, admin-api.md 5.2): placing lowers <c>stock</c> at once, cancelling
/// raises it, reopening a cancelled order lowers it again, completing changes nothing. The changes
/// bypass the DAL in Shopware, so <c>product.updatedAt</c> stays as it was.
/// </summary>
public sealed class OrderLifecycle(TimeProvider time)
{
    public SandboxWrite<OrderChange> Place(SandboxState state, IReadOnlyList<OrderLineRequest> lines)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
            return Refuse(400, "An order needs at least one line.");

        var now = time.GetUtcNow();
        var orderId = ShopwareUuid.NewId(time);
        var items = new List<SandboxOrderLineItem>();
        var working = state;
        foreach (var (line, position) in lines.Select((line, index) => (line, index + 1)))
        {
            var product = line.ProductId is not null ? working.FindProduct(line.ProductId)
                : line.ProductNumber is not null ? working.FindProductByNumber(line.ProductNumber) : null;
            if (product is null)
                return Refuse(400, $"Product \"{line.ProductId ?? line.ProductNumber}\" does not exist.");
            if (line.Quantity < 1)
                return Refuse(400, "Quantity must be at least 1.");

            // The cart caps a closeout product at its stock; others can be oversold (admin-api.md 5.1).
            if (product.IsCloseout && product.Stock < line.Quantity)
                return Refuse(400, $"Product \"{product.ProductNumber}\" has only {product.Stock} in stock and is a closeout.");

            var unitPrice = product.Price is { Count: > 0 } prices ? prices[0].Gross : 0;
            items.Add(new SandboxOrderLineItem(ShopwareUuid.NewId(time), orderId, product.Id, product.Id, line.Quantity,
                product.Name ?? product.ProductNumber, position, unitPrice, unitPrice * line.Quantity,
                new SandboxOrderLineItemPayload(product.ProductNumber, product.Stock, product.IsCloseout)));
            working = working.WithProduct(product.WithOrderedQuantity(line.Quantity));
        }

        var autoIncrement = state.LastAutoIncrement + 1;
        var order = new SandboxOrder
        {
            Id = orderId,
            OrderNumber = (10000 + autoIncrement).ToString(CultureInfo.InvariantCulture),
            AutoIncrement = autoIncrement,
            OrderDateTime = now,
            CreatedAt = now,
            StateMachineState = OrderStates.Open,
            LineItems = items,
            Transactions = [new SandboxOrderTransaction(ShopwareUuid.NewId(time), orderId, OrderStates.TransactionOpen, now)],
            Deliveries = [new SandboxOrderDelivery(ShopwareUuid.NewId(time), orderId, OrderStates.DeliveryOpen)],
        };
        working = working.WithOrder(order) with { LastAutoIncrement = autoIncrement };
        return new SandboxWrite<OrderChange>(working, new OrderChange(order, 0, null));
    }

    public SandboxWrite<OrderChange> Transition(SandboxState state, string orderId, string transition)
    {
        ArgumentNullException.ThrowIfNull(state);
        var order = state.Orders.Find(candidate => candidate.Id == orderId);
        if (order is null)
            return new SandboxWrite<OrderChange>(null, OrderChange.Refused(404, ShopwareErrors.ResourceNotFound("order", orderId)));
        if (OrderStates.Target(order.StateMachineState, transition) is not { } target)
            return new SandboxWrite<OrderChange>(null, OrderChange.Refused(400, IllegalTransition(order.StateMachineState, transition)));

        var direction = (order.StateMachineState.TechnicalName, target.TechnicalName) switch
        {
            (_, "cancelled") => -1,
            ("cancelled", _) => 1,
            _ => 0,
        };
        var working = state;
        if (direction != 0)
        {
            foreach (var item in order.LineItems)
            {
                if (item.ProductId is not null && working.FindProduct(item.ProductId) is { } product)
                    working = working.WithProduct(product.WithOrderedQuantity(direction * item.Quantity));
            }
        }

        // A transition writes the order in system scope, so its updatedAt changes (admin-api.md 6.1).
        var moved = order with { StateMachineState = target, UpdatedAt = time.GetUtcNow() };
        return new SandboxWrite<OrderChange>(working.WithOrder(moved), new OrderChange(moved, 0, null));
    }

    private static ShopwareError IllegalTransition(SandboxStateMachineState from, string transition)
    {
        var possible = OrderStates.PossibleTransitions(from);
        var joined = string.Join(", ", possible);
        return new ShopwareError("400", "SYSTEM__ILLEGAL_STATE_TRANSITION", "Bad Request",
            $"Illegal transition \"{transition}\" from state \"{from.TechnicalName}\". Possible transitions are: {joined}",
            Meta: new ShopwareErrorMeta(new JsonObject
            {
                ["transition"] = transition,
                ["currentState"] = from.TechnicalName,
                ["possibleTransitionsString"] = joined,
                ["possibleTransitions"] = new JsonArray(possible.Select(name => (JsonNode)name).ToArray()),
            }));
    }

    private static SandboxWrite<OrderChange> Refuse(int status, string detail) =>
        new SandboxWrite<OrderChange>(null, OrderChange.Refused(status, new ShopwareError(
            status.ToString(CultureInfo.InvariantCulture), "SANDBOX__ORDER_REFUSED", "Bad Request", detail)));
}

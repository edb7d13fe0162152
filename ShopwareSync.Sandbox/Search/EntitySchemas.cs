namespace ShopwareSync.Sandbox.Search;

/// <summary>The entities the sandbox searches, with the fields admin-api.md 3.2, 5.1 and 6.1 list.</summary>
public static class EntitySchemas
{
    private static readonly Dictionary<string, EntitySchema> NoAssociations = [];

    public static EntitySchema ProductVisibility { get; } = new("product_visibility", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["productId"] = FieldKind.Id, ["salesChannelId"] = FieldKind.Id, ["visibility"] = FieldKind.WholeNumber,
    }, NoAssociations);

    public static EntitySchema Product { get; } = new("product", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["versionId"] = FieldKind.Id, ["parentId"] = FieldKind.Id,
        ["productNumber"] = FieldKind.Text, ["stock"] = FieldKind.WholeNumber, ["availableStock"] = FieldKind.WholeNumber,
        ["available"] = FieldKind.Bool, ["sales"] = FieldKind.WholeNumber, ["name"] = FieldKind.Text,
        ["translated"] = FieldKind.Json, ["taxId"] = FieldKind.Id, ["price"] = FieldKind.Json,
        ["active"] = FieldKind.Bool, ["isCloseout"] = FieldKind.Bool, ["minPurchase"] = FieldKind.WholeNumber,
        ["purchaseSteps"] = FieldKind.WholeNumber, ["maxPurchase"] = FieldKind.WholeNumber,
        ["createdAt"] = FieldKind.Date, ["updatedAt"] = FieldKind.Date,
    }, new Dictionary<string, EntitySchema> { ["visibilities"] = ProductVisibility });

    public static EntitySchema StateMachineState { get; } = new("state_machine_state", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["technicalName"] = FieldKind.Text, ["name"] = FieldKind.Text,
    }, NoAssociations);

    public static EntitySchema OrderLineItem { get; } = new("order_line_item", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["orderId"] = FieldKind.Id, ["referencedId"] = FieldKind.Text,
        ["productId"] = FieldKind.Id, ["quantity"] = FieldKind.WholeNumber, ["label"] = FieldKind.Text,
        ["position"] = FieldKind.WholeNumber, ["unitPrice"] = FieldKind.Number, ["totalPrice"] = FieldKind.Number,
        ["type"] = FieldKind.Text, ["good"] = FieldKind.Bool, ["payload"] = FieldKind.Json,
    }, NoAssociations);

    public static EntitySchema OrderTransaction { get; } = new("order_transaction", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["orderId"] = FieldKind.Id, ["stateId"] = FieldKind.Id, ["createdAt"] = FieldKind.Date,
    }, new Dictionary<string, EntitySchema> { ["stateMachineState"] = StateMachineState });

    public static EntitySchema OrderDelivery { get; } = new("order_delivery", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["orderId"] = FieldKind.Id, ["stateId"] = FieldKind.Id,
    }, new Dictionary<string, EntitySchema> { ["stateMachineState"] = StateMachineState });

    public static EntitySchema Order { get; } = new("order", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["versionId"] = FieldKind.Id, ["orderNumber"] = FieldKind.Text,
        ["autoIncrement"] = FieldKind.WholeNumber, ["orderDateTime"] = FieldKind.Date, ["createdAt"] = FieldKind.Date,
        ["updatedAt"] = FieldKind.Date, ["stateId"] = FieldKind.Id, ["salesChannelId"] = FieldKind.Id,
        ["currencyId"] = FieldKind.Id, ["amountTotal"] = FieldKind.Number,
    }, new Dictionary<string, EntitySchema>
    {
        ["stateMachineState"] = StateMachineState,
        ["lineItems"] = OrderLineItem,
        ["transactions"] = OrderTransaction,
        ["deliveries"] = OrderDelivery,
    });

    public static EntitySchema Currency { get; } = new("currency", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["isoCode"] = FieldKind.Text, ["name"] = FieldKind.Text, ["shortName"] = FieldKind.Text,
        ["symbol"] = FieldKind.Text, ["factor"] = FieldKind.Number, ["isSystemDefault"] = FieldKind.Bool,
    }, NoAssociations);

    public static EntitySchema Tax { get; } = new("tax", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["name"] = FieldKind.Text, ["taxRate"] = FieldKind.Number, ["position"] = FieldKind.WholeNumber,
    }, NoAssociations);

    public static EntitySchema SalesChannel { get; } = new("sales_channel", new Dictionary<string, FieldKind>
    {
        ["id"] = FieldKind.Id, ["name"] = FieldKind.Text, ["typeId"] = FieldKind.Id, ["accessKey"] = FieldKind.Text,
        ["active"] = FieldKind.Bool, ["currencyId"] = FieldKind.Id,
    }, NoAssociations);
}

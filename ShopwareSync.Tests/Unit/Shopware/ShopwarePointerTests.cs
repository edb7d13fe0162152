using ShopwareSync.Core.Shopware.Errors;

namespace ShopwareSync.Tests.Unit.Shopware;

public class ShopwarePointerTests
{
    [TestCase("/stock-batch-42/3/stock", "stock-batch-42", 3, "stock")]
    [TestCase("/0/3/stock", "0", 3, "stock")]
    [TestCase("s/0/id", "s", 0, "id")]
    [TestCase("/k/1/translations/2fbb5fe2e29a4d70aa5854ce7ce3e20b/name", "k", 1, "translations/2fbb5fe2e29a4d70aa5854ce7ce3e20b/name")]
    [TestCase("/k/0/availableStockavailableStock", "k", 0, "availableStockavailableStock")]
    [TestCase("/5/id", null, 5, "id")]
    [TestCase("/limit", null, null, "limit")]
    [TestCase("/k/0", "k", 0, null)]
    public void Parse_ShopwarePointerShapes_FindsKeyIndexAndField(string text, string? key, int? index, string? field)
    {
        var pointer = ShopwarePointer.Parse(text);

        Assert.That((pointer!.OperationKey, pointer.RecordIndex, pointer.Field), Is.EqualTo((key, index, field)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Parse_NoPointer_ReturnsNull(string? text)
    {
        Assert.That(ShopwarePointer.Parse(text), Is.Null);
    }
}

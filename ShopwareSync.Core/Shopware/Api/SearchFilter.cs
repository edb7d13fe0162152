namespace ShopwareSync.Core.Shopware.Api;

/// <summary>A criteria filter (<c>equals</c>, <c>equalsAny</c>, <c>range</c>, <c>multi</c>, …).</summary>
public sealed record SearchFilter
{
    public required string Type { get; init; }

    public string? Field { get; init; }

    public object? Value { get; init; }

    /// <summary>Range bounds: keys exactly <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c>.</summary>
    public IReadOnlyDictionary<string, object>? Parameters { get; init; }

    /// <summary><c>and</c> or <c>or</c> for <c>multi</c>.</summary>
    public string? Operator { get; init; }

    public IReadOnlyList<SearchFilter>? Queries { get; init; }

    public static SearchFilter EqualTo(string field, object value) => new() { Type = "equals", Field = field, Value = value };

    public static SearchFilter EqualsAny(string field, IEnumerable<string> values) =>
        new() { Type = "equalsAny", Field = field, Value = values.ToList() };

    public static SearchFilter Range(string field, IReadOnlyDictionary<string, object> bounds) =>
        new() { Type = "range", Field = field, Parameters = bounds };

    public static SearchFilter Any(params SearchFilter[] queries) => new() { Type = "multi", Operator = "or", Queries = queries };

    public static SearchFilter All(params SearchFilter[] queries) => new() { Type = "multi", Operator = "and", Queries = queries };
}

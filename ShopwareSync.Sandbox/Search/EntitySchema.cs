namespace ShopwareSync.Sandbox.Search;

/// <summary>
/// The searchable fields and associations of one entity. A criteria field that is not here is
/// <c>FRAMEWORK__UNMAPPED_FIELD</c> (admin-api.md 4.1).
/// </summary>
public sealed record EntitySchema(
    string Name,
    IReadOnlyDictionary<string, FieldKind> Fields,
    IReadOnlyDictionary<string, EntitySchema> Associations)
{
    /// <summary>The kind of the field a dotted path ends in, or null when the path is not mapped.</summary>
    public FieldKind? Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var schema = this;
        var segments = path.Split('.');
        for (var index = 0; index < segments.Length; index++)
        {
            var segment = segments[index];
            if (schema.Fields.TryGetValue(segment, out var kind))
            {
                var isLast = index == segments.Length - 1;
                return isLast || kind == FieldKind.Json ? kind : null;
            }

            if (!schema.Associations.TryGetValue(segment, out var next))
                return null;
            schema = next;
        }

        // A path that ends on an association means its id, as the DAL reads `lineItems` as `lineItems.id`.
        return FieldKind.Id;
    }
}

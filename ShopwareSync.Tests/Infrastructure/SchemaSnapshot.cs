namespace ShopwareSync.Tests.Infrastructure;

/// <summary>
/// Everything ShopwareSync defines in a database, as text: columns, defaults, constraints, indexes,
/// views, functions, triggers on the app's tables, comments and storage options. Two databases with the
/// same snapshot have the same ShopwareSync schema. DbUp's journal table is left out.
/// </summary>
internal static class SchemaSnapshot
{
    private const string Sql =
        """
        WITH own AS (
          SELECT c.oid, c.relname, c.relkind, c.reloptions FROM pg_class c
          WHERE c.relnamespace = 'shopware_sync'::regnamespace
            AND c.relname NOT LIKE 'schema_migrations%' AND c.relname NOT LIKE 'PK_schema_migrations%'
        )
        SELECT line FROM (
          SELECT 'relation ' || relname || ' ' || relkind::text || ' ' || coalesce(array_to_string(reloptions, ','), '')
                 || ' -- ' || coalesce(obj_description(oid), '') AS line FROM own
          UNION ALL
          SELECT 'column ' || own.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                 || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                 || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
                 || ' -- ' || coalesce(col_description(own.oid, a.attnum), '')
          FROM own JOIN pg_attribute a ON a.attrelid = own.oid AND a.attnum > 0 AND NOT a.attisdropped
          LEFT JOIN pg_attrdef d ON d.adrelid = own.oid AND d.adnum = a.attnum
          WHERE own.relkind IN ('r', 'v')
          UNION ALL
          SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
          WHERE connamespace = 'shopware_sync'::regnamespace AND conrelid::regclass::text NOT LIKE '%schema_migrations%'
          UNION ALL
          SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN own ON own.oid = i.indexrelid
          UNION ALL
          SELECT 'view ' || relname || ' ' || pg_get_viewdef(oid) FROM own WHERE relkind = 'v'
          UNION ALL
          SELECT 'function ' || pg_get_functiondef(p.oid) || ' -- ' || coalesce(obj_description(p.oid), '')
                 || ' acl ' || coalesce(array_to_string(p.proacl, ','), '')
          FROM pg_proc p WHERE p.pronamespace = 'shopware_sync'::regnamespace
          UNION ALL
          SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
          WHERE p.pronamespace = 'shopware_sync'::regnamespace AND NOT t.tgisinternal
          UNION ALL
          SELECT 'schema ' || coalesce(obj_description('shopware_sync'::regnamespace, 'pg_namespace'), '')
        ) AS everything
        ORDER BY line
        """;

    public static async Task<IReadOnlyList<string>> TakeAsync(TestDatabase database) =>
        await database.QueryAsync<string>(Sql);
}

-- Change capture on the app's tables. Statement-level triggers with transition tables: one call
-- per statement however many rows it touches, so a bulk UPDATE of 10,000 items costs one
-- aggregate and one INSERT, not 10,000 (db/README.md and docs/performance.md have the figures).
--
-- The functions are SECURITY DEFINER: they run as the owner of schema shopware_sync, so the app's
-- database role needs no privilege on it, and its writes cannot fail for lack of one.
--
-- CREATE TRIGGER briefly takes a SHARE ROW EXCLUSIVE lock on each table. lock_timeout makes the
-- migration give up after 5 s instead of queueing behind a long transaction of the app (which
-- would hold up every other write of the app behind it); run it again later.
SET lock_timeout = '5s';

-- items: stock of an article is SUM(COALESCE("Auf_Lager", 0)) over its rows. A statement changes
-- an article's stock exactly when that sum differs between the rows it removed (old) and the rows
-- it wrote (new). Comparing sums per article instead of rows one by one also covers what a row
-- match cannot: "ItemUUID" renames (no job), rows re-pointed to another article (a job for both),
-- NULL <-> 0 (no job), and unchanged whole-row upserts (no job).
CREATE OR REPLACE FUNCTION shopware_sync.capture_items_change()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  changed text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(product_number) INTO changed FROM (
      SELECT "Artikel_Nummer" AS product_number
      FROM new_rows
      GROUP BY "Artikel_Nummer"
      HAVING sum(COALESCE("Auf_Lager", 0)::bigint) <> 0
    ) AS stock_changed;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(product_number) INTO changed FROM (
      SELECT "Artikel_Nummer" AS product_number
      FROM old_rows
      GROUP BY "Artikel_Nummer"
      HAVING sum(COALESCE("Auf_Lager", 0)::bigint) <> 0
    ) AS stock_changed;
  ELSE
    SELECT array_agg(product_number) INTO changed FROM (
      SELECT product_number
      FROM (
        SELECT "Artikel_Nummer" AS product_number, COALESCE("Auf_Lager", 0)::bigint AS quantity FROM new_rows
        UNION ALL
        SELECT "Artikel_Nummer", -COALESCE("Auf_Lager", 0)::bigint FROM old_rows
      ) AS deltas
      GROUP BY product_number
      HAVING sum(quantity) <> 0
    ) AS stock_changed;
  END IF;

  IF changed IS NOT NULL THEN
    PERFORM shopware_sync.enqueue(changed, 'stock', 'items ' || lower(TG_OP));
  END IF;
  RETURN NULL;
END;
$$;

-- item_refs: a catalog job when a column that Shopware shows changes; both kinds for both numbers
-- when an article is renamed (old number: the product to wind down; new number: the product to
-- fill). Rows are matched by "Artikel_Nummer"; a number on one side only is a rename, an insert
-- or a delete. "ShopwareProductId" (which the worker may mirror), "LastSyncedAt" (the ERP export),
-- categories, quality and search fields are not compared: their changes queue nothing.
CREATE OR REPLACE FUNCTION shopware_sync.capture_item_refs_change()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  catalog_changed text[];
  both_changed text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("Artikel_Nummer") INTO catalog_changed FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("Artikel_Nummer") INTO both_changed FROM old_rows;
  ELSE
    SELECT array_agg(n."Artikel_Nummer") INTO catalog_changed
    FROM old_rows AS o
    JOIN new_rows AS n ON n."Artikel_Nummer" = o."Artikel_Nummer"
    WHERE (o."Artikelbeschreibung", o."Kurzbeschreibung", o."Langtext", o."Hersteller",
           o."Verkaufspreis", o."EAN", o."Länge_mm", o."Breite_mm", o."Höhe_mm", o."Gewicht_kg",
           o."Shopartikel", o."Veröffentlicht_Status", o."Einheit")
          IS DISTINCT FROM
          (n."Artikelbeschreibung", n."Kurzbeschreibung", n."Langtext", n."Hersteller",
           n."Verkaufspreis", n."EAN", n."Länge_mm", n."Breite_mm", n."Höhe_mm", n."Gewicht_kg",
           n."Shopartikel", n."Veröffentlicht_Status", n."Einheit");

    SELECT array_agg(product_number) INTO both_changed FROM (
      SELECT o."Artikel_Nummer" AS product_number FROM old_rows AS o
      WHERE NOT EXISTS (SELECT 1 FROM new_rows AS n WHERE n."Artikel_Nummer" = o."Artikel_Nummer")
      UNION
      SELECT n."Artikel_Nummer" FROM new_rows AS n
      WHERE NOT EXISTS (SELECT 1 FROM old_rows AS o WHERE o."Artikel_Nummer" = n."Artikel_Nummer")
    ) AS renamed;
  END IF;

  -- Always stock before catalog, each in number order: a fixed order of row locks.
  IF both_changed IS NOT NULL THEN
    PERFORM shopware_sync.enqueue(both_changed, 'stock', 'item_refs ' || lower(TG_OP));
    catalog_changed := COALESCE(catalog_changed, '{}') || both_changed;
  END IF;
  IF catalog_changed IS NOT NULL THEN
    PERFORM shopware_sync.enqueue(catalog_changed, 'catalog', 'item_refs ' || lower(TG_OP));
  END IF;
  RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION shopware_sync.capture_items_change() FROM PUBLIC;
REVOKE ALL ON FUNCTION shopware_sync.capture_item_refs_change() FROM PUBLIC;

-- Transition tables allow one event per trigger, hence three triggers per table. The 900 in the
-- names makes them fire after any trigger of the app's own (triggers fire in name order).
CREATE OR REPLACE TRIGGER shopware_sync_900_capture_insert
  AFTER INSERT ON public.items REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION shopware_sync.capture_items_change();
CREATE OR REPLACE TRIGGER shopware_sync_900_capture_update
  AFTER UPDATE ON public.items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION shopware_sync.capture_items_change();
CREATE OR REPLACE TRIGGER shopware_sync_900_capture_delete
  AFTER DELETE ON public.items REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION shopware_sync.capture_items_change();

CREATE OR REPLACE TRIGGER shopware_sync_900_capture_insert
  AFTER INSERT ON public.item_refs REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION shopware_sync.capture_item_refs_change();
CREATE OR REPLACE TRIGGER shopware_sync_900_capture_update
  AFTER UPDATE ON public.item_refs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION shopware_sync.capture_item_refs_change();
CREATE OR REPLACE TRIGGER shopware_sync_900_capture_delete
  AFTER DELETE ON public.item_refs REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION shopware_sync.capture_item_refs_change();

COMMENT ON FUNCTION shopware_sync.capture_items_change() IS
  'Trigger function on public.items: queues a stock job for every article whose summed "Auf_Lager" the statement changed.';
COMMENT ON FUNCTION shopware_sync.capture_item_refs_change() IS
  'Trigger function on public.item_refs: queues a catalog job when a Shopware-visible column changed, and stock and catalog jobs for both numbers of a renamed, new or deleted article.';

RESET lock_timeout;

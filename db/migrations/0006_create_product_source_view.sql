-- Everything the worker pushes, one row per article, normalized. The worker reads only this view,
-- never the app's tables: an app with another schema adapts this view and the triggers, nothing
-- else. Stock is computed per article through a LATERAL lookup on items("Artikel_Nummer")
-- (the app's idx_items_mat), so reading a batch of a few hundred articles touches only their items.
CREATE OR REPLACE VIEW shopware_sync.product_source AS
SELECT
  r."Artikel_Nummer"                                   AS product_number,
  NULLIF(btrim(r."Artikelbeschreibung"), '')           AS name,
  NULLIF(btrim(r."Kurzbeschreibung"), '')              AS description,
  NULLIF(btrim(r."Langtext"), '')                      AS long_text,
  NULLIF(btrim(r."Hersteller"), '')                    AS manufacturer,
  NULLIF(btrim(r."EAN"), '')                           AS ean,
  -- REAL holds 19.99 as 19.9899997...; via double precision and round() it becomes 19.99.
  -- (A direct real::numeric keeps only 6 digits: 123456.78 would become 123457.)
  -- NaN, infinities and absurd values become NULL rather than failing the worker's whole read.
  CASE WHEN r."Verkaufspreis" BETWEEN -1e9 AND 1e9
       THEN round(r."Verkaufspreis"::double precision::numeric, 2)::numeric(12, 2) END
                                                       AS gross_price,
  r."Länge_mm"                                         AS length_mm,
  r."Breite_mm"                                        AS width_mm,
  r."Höhe_mm"                                          AS height_mm,
  CASE WHEN r."Gewicht_kg" BETWEEN 0 AND 1e6
       THEN round(r."Gewicht_kg"::double precision::numeric, 3)::numeric(10, 3) END
                                                       AS weight_kg,
  COALESCE(r."Shopartikel", 0) = 1                     AS shop_article,
  -- The app's own normaliser: yes, ja, true, 1 (trimmed, any case) mean published; anything else,
  -- 'published' included, does not.
  lower(btrim(COALESCE(r."Veröffentlicht_Status", ''))) IN ('yes', 'ja', 'true', '1')
                                                       AS published,
  NULLIF(btrim(r."Einheit"), '')                       AS unit,
  stock.quantity                                       AS stock,
  stock.item_rows                                      AS item_rows,
  map.shopware_product_id                              AS shopware_product_id,
  CASE WHEN lower(replace(btrim(r."ShopwareProductId"), '-', '')) ~ '^[0-9a-f]{32}$'
       THEN lower(replace(btrim(r."ShopwareProductId"), '-', '')) END
                                                       AS app_shopware_product_id
FROM public.item_refs AS r
CROSS JOIN LATERAL (
  SELECT COALESCE(sum(COALESCE(i."Auf_Lager", 0)), 0)::bigint AS quantity,
         count(*)::integer                                   AS item_rows
  FROM public.items AS i
  WHERE i."Artikel_Nummer" = r."Artikel_Nummer"
) AS stock
LEFT JOIN shopware_sync.product_map AS map ON map.product_number = r."Artikel_Nummer";

COMMENT ON VIEW shopware_sync.product_source IS
  'What ShopwareSync pushes to Shopware, one row per article of public.item_refs, normalized. The only place where the worker reads the app''s tables.';
COMMENT ON COLUMN shopware_sync.product_source.product_number IS 'item_refs."Artikel_Nummer"; the Shopware productNumber.';
COMMENT ON COLUMN shopware_sync.product_source.name IS 'item_refs."Artikelbeschreibung", trimmed; NULL when empty.';
COMMENT ON COLUMN shopware_sync.product_source.description IS 'item_refs."Kurzbeschreibung", trimmed; NULL when empty.';
COMMENT ON COLUMN shopware_sync.product_source.long_text IS 'item_refs."Langtext" (specs, usually a JSON object), trimmed; NULL when empty.';
COMMENT ON COLUMN shopware_sync.product_source.manufacturer IS 'item_refs."Hersteller", trimmed; NULL when empty.';
COMMENT ON COLUMN shopware_sync.product_source.ean IS 'item_refs."EAN", trimmed; NULL when empty.';
COMMENT ON COLUMN shopware_sync.product_source.gross_price IS 'item_refs."Verkaufspreis" (REAL) rounded to cents; NULL when missing or not a sane number.';
COMMENT ON COLUMN shopware_sync.product_source.length_mm IS 'item_refs."Länge_mm".';
COMMENT ON COLUMN shopware_sync.product_source.width_mm IS 'item_refs."Breite_mm".';
COMMENT ON COLUMN shopware_sync.product_source.height_mm IS 'item_refs."Höhe_mm".';
COMMENT ON COLUMN shopware_sync.product_source.weight_kg IS 'item_refs."Gewicht_kg" (REAL) rounded to grams; NULL when missing, negative or absurd.';
COMMENT ON COLUMN shopware_sync.product_source.shop_article IS 'item_refs."Shopartikel" = 1: the article belongs in the shop.';
COMMENT ON COLUMN shopware_sync.product_source.published IS 'item_refs."Veröffentlicht_Status" is yes, ja, true or 1 (trimmed, any case).';
COMMENT ON COLUMN shopware_sync.product_source.unit IS 'item_refs."Einheit": Stk (pieces) or Menge (bulk quantity); NULL when empty.';
COMMENT ON COLUMN shopware_sync.product_source.stock IS 'Physical stock: SUM(COALESCE(items."Auf_Lager", 0)) over the article''s items; 0 without items.';
COMMENT ON COLUMN shopware_sync.product_source.item_rows IS 'Number of items rows (instances or lots) of the article.';
COMMENT ON COLUMN shopware_sync.product_source.shopware_product_id IS 'The linked Shopware product id from shopware_sync.product_map; NULL when not linked yet.';
COMMENT ON COLUMN shopware_sync.product_source.app_shopware_product_id IS 'item_refs."ShopwareProductId" when it holds a well-formed id (normalized to 32 lower-case hex digits): a hint to verify, never trusted as the link.';

-- Which Shopware product stands for which article. Owned by ShopwareSync: the app's own
-- item_refs."ShopwareProductId" can be overwritten by the app's imports (its whole-row upsert
-- writes EXCLUDED."ShopwareProductId"), so this table is the one that counts. The worker may
-- mirror it into that column when configured to (Database__MirrorShopwareProductId).
CREATE TABLE IF NOT EXISTS shopware_sync.product_map (
  product_number       text        PRIMARY KEY,
  shopware_product_id  text        NOT NULL,
  linked_by            text        NOT NULL,
  linked_at            timestamptz NOT NULL DEFAULT now(),
  verified_at          timestamptz,

  CONSTRAINT product_map_product_number_not_empty
    CHECK (product_number <> ''),
  CONSTRAINT product_map_shopware_id_is_hex_uuid
    CHECK (shopware_product_id ~ '^[0-9a-f]{32}$'),
  CONSTRAINT product_map_linked_by_known
    CHECK (linked_by IN ('search', 'created', 'adopted', 'manual'))
);

-- One Shopware product stands for one article.
CREATE UNIQUE INDEX IF NOT EXISTS product_map_one_article_per_shopware_product
  ON shopware_sync.product_map (shopware_product_id);

COMMENT ON TABLE shopware_sync.product_map IS
  'Article number -> Shopware product id, as ShopwareSync linked them. The source of truth for the mapping; item_refs."ShopwareProductId" is at most a mirror.';
COMMENT ON COLUMN shopware_sync.product_map.product_number IS 'The article number (public.item_refs."Artikel_Nummer") and Shopware productNumber.';
COMMENT ON COLUMN shopware_sync.product_map.shopware_product_id IS 'The Shopware product id: 32 lower-case hex digits, as Shopware writes uuids.';
COMMENT ON COLUMN shopware_sync.product_map.linked_by IS 'How the link was made: search = found in Shopware by product number; created = ShopwareSync created the product; adopted = taken over from the app''s in-app sync; manual = set by an operator.';
COMMENT ON COLUMN shopware_sync.product_map.linked_at IS 'When the link was made or last changed.';
COMMENT ON COLUMN shopware_sync.product_map.verified_at IS 'When ShopwareSync last saw the product in Shopware under this id.';

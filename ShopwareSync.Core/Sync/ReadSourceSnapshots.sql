-- The current state of each requested product number: its link in product_map (kept for vanished articles
-- too), then its row of the source view (all NULL when the article no longer exists). The reader splits the
-- columns at ProductNumber.
SELECT requested.product_number                         AS RequestedNumber,
       map.shopware_product_id                          AS LinkedShopwareId,
       source.product_number                            AS ProductNumber,
       source.name, source.description, source.long_text AS LongText, source.manufacturer, source.ean,
       source.gross_price AS GrossPrice, source.length_mm AS LengthMm, source.width_mm AS WidthMm,
       source.height_mm AS HeightMm, source.weight_kg AS WeightKg, source.shop_article AS ShopArticle,
       source.published, source.unit, source.stock, source.item_rows AS ItemRows,
       source.shopware_product_id AS ShopwareProductId, source.app_shopware_product_id AS AppShopwareProductId
FROM unnest(@numbers::text[]) AS requested(product_number)
LEFT JOIN shopware_sync.product_source AS source ON source.product_number = requested.product_number
LEFT JOIN shopware_sync.product_map AS map ON map.product_number = requested.product_number

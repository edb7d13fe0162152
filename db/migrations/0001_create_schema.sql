-- ShopwareSync keeps every object of its own in one schema, so a DBA can see, grant, dump and
-- drop it as one unit (DROP SCHEMA shopware_sync CASCADE also drops the triggers on the app's
-- tables, since they depend on the schema's functions).
CREATE SCHEMA IF NOT EXISTS shopware_sync;

COMMENT ON SCHEMA shopware_sync IS
  'ShopwareSync: queue and mapping that keep the inventory tables (public.item_refs, public.items) in sync with a Shopware 6 shop. See db/README.md in the ShopwareSync repository.';

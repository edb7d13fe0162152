-- ShopwareSync keeps every object of its own in one schema, so a DBA can see, grant, dump and
-- drop it as one unit (DROP SCHEMA shopware_sync CASCADE also drops the triggers on the app's
-- tables, since they depend on the schema's functions).
--
-- Created only when missing: CREATE SCHEMA IF NOT EXISTS would still demand the CREATE privilege on
-- the database, which the worker's role (db/roles/create_worker_role.sql) does not have; that
-- script creates the schema for it.
DO $$
BEGIN
  IF to_regnamespace('shopware_sync') IS NULL THEN
    CREATE SCHEMA shopware_sync;
  END IF;
END
$$;

COMMENT ON SCHEMA shopware_sync IS
  'ShopwareSync: queue and mapping that keep the inventory tables (public.item_refs, public.items) in sync with a Shopware 6 shop. See db/README.md in the ShopwareSync repository.';

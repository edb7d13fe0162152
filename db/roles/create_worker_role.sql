-- Least-privilege database role for the ShopwareSync worker. Run it once per database as a
-- superuser or the owner of the app's tables, BEFORE the first 'shopware-sync migrate':
--
--   psql -v ON_ERROR_STOP=1 -d inventory \
--        -v worker_role=shopware_sync -v worker_password='...' -v mirror_product_id=false \
--        -f db/roles/create_worker_role.sql
--
-- Variables (all optional):
--   worker_role        name of the login role (default shopware_sync)
--   worker_password    its password; left unchanged when not given
--   mirror_product_id  true: the worker may write item_refs."ShopwareProductId" (setting
--                      Database__MirrorShopwareProductId); false (default): it may not
--
-- What the role gets, and nothing more:
--   * schema shopware_sync, owned by it: migrate creates the queue, mapping, views and trigger
--     functions there; the trigger functions run as this owner, so the APP's role needs no
--     privilege on shopware_sync at all
--   * SELECT on public.item_refs and public.items: the source view reads them
--   * TRIGGER on public.item_refs and public.items: migrate creates the change-capture triggers
--   * UPDATE of the single column item_refs."ShopwareProductId", only with mirror_product_id=true
-- It owns nothing outside shopware_sync. Re-runnable.
\set ON_ERROR_STOP on
\if :{?worker_role}
\else
  \set worker_role shopware_sync
\endif
\if :{?mirror_product_id}
\else
  \set mirror_product_id false
\endif

SELECT format('CREATE ROLE %I LOGIN', :'worker_role')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'worker_role') \gexec

\if :{?worker_password}
  ALTER ROLE :"worker_role" PASSWORD :'worker_password';
\endif

GRANT CONNECT ON DATABASE :"DBNAME" TO :"worker_role";

CREATE SCHEMA IF NOT EXISTS shopware_sync AUTHORIZATION :"worker_role";
ALTER SCHEMA shopware_sync OWNER TO :"worker_role";

GRANT USAGE ON SCHEMA public TO :"worker_role";
GRANT SELECT, TRIGGER ON public.item_refs, public.items TO :"worker_role";

\if :mirror_product_id
  GRANT UPDATE ("ShopwareProductId") ON public.item_refs TO :"worker_role";
\else
  REVOKE UPDATE ("ShopwareProductId") ON public.item_refs FROM :"worker_role";
\endif

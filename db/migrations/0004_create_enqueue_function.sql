-- The one way into the queue. Used by the triggers (and by the worker for backfills), never
-- called by the app itself.
--
-- * Coalescing: a product that already has a pending job of this kind gets no second row; the
--   pending row counts the change and forgets its retry budget (attempts = 0), since it now
--   carries a change that was never attempted. Its backoff (next_attempt_at) is kept.
-- * Rows are taken in product-number order, so two statements that enqueue overlapping sets of
--   products wait for each other instead of deadlocking.
-- * One NOTIFY per transaction at most, and only when a new pending job appeared: PostgreSQL folds
--   identical notifications (same channel, same empty payload) of one transaction into one, and the
--   worker re-reads the queue anyway.
CREATE OR REPLACE FUNCTION shopware_sync.enqueue(p_product_numbers text[], p_kind text, p_reason text)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  touched integer;
  inserted integer;
BEGIN
  WITH upserted AS (
    INSERT INTO shopware_sync.sync_job AS job (product_number, kind, reason)
    SELECT DISTINCT numbers.product_number, p_kind, p_reason
    FROM unnest(p_product_numbers) AS numbers(product_number)
    WHERE numbers.product_number IS NOT NULL AND numbers.product_number <> ''
    ORDER BY numbers.product_number
    ON CONFLICT (product_number, kind) WHERE status = 'pending'
    DO UPDATE SET change_count    = job.change_count + 1,
                  attempts        = 0,
                  reason          = EXCLUDED.reason,
                  last_changed_at = now(),
                  updated_at      = now()
    -- xmax is 0 on a row this statement inserted, and set on one it updated.
    RETURNING job.xmax = 0 AS is_new
  )
  SELECT count(*), count(*) FILTER (WHERE is_new) INTO touched, inserted FROM upserted;

  -- Only a new pending job needs a wake-up: a job that absorbed the change was announced when it was
  -- queued. Fewer notifications also means fewer commits queueing for PostgreSQL's global lock on the
  -- notification queue, which every notifying commit takes.
  IF inserted > 0 THEN
    PERFORM pg_notify('shopware_sync_jobs', '');
  END IF;
  RETURN touched;
END;
$$;

REVOKE ALL ON FUNCTION shopware_sync.enqueue(text[], text, text) FROM PUBLIC;

COMMENT ON FUNCTION shopware_sync.enqueue(text[], text, text) IS
  'Queues a job of the given kind (stock or catalog) for each product number, coalescing into pending jobs, and notifies channel shopware_sync_jobs. Returns the number of rows inserted or bumped.';

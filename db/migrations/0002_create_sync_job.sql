-- The queue. One row is one piece of work: "bring product X's <kind> in Shopware up to date".
-- A job carries no payload: the worker always reads the current state from the source view when it
-- processes the job, so a job can absorb any number of changes (coalescing) without going stale.
CREATE TABLE IF NOT EXISTS shopware_sync.sync_job (
  job_id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind              text        NOT NULL,
  product_number    text        NOT NULL,
  status            text        NOT NULL DEFAULT 'pending',
  attempts          integer     NOT NULL DEFAULT 0,
  next_attempt_at   timestamptz NOT NULL DEFAULT now(),
  last_attempt_at   timestamptz,
  lease_holder      text,
  lease_expires_at  timestamptz,
  error_class       text,
  last_error        text,
  change_count      integer     NOT NULL DEFAULT 1,
  reason            text        NOT NULL,
  correlation_id    uuid        NOT NULL DEFAULT gen_random_uuid(),
  created_at        timestamptz NOT NULL DEFAULT now(),
  last_changed_at   timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  finished_at       timestamptz,

  CONSTRAINT sync_job_kind_known
    CHECK (kind IN ('stock', 'catalog')),
  CONSTRAINT sync_job_status_known
    CHECK (status IN ('pending', 'in_progress', 'done', 'failed')),
  CONSTRAINT sync_job_product_number_not_empty
    CHECK (product_number <> ''),
  CONSTRAINT sync_job_attempts_not_negative
    CHECK (attempts >= 0),
  CONSTRAINT sync_job_change_count_positive
    CHECK (change_count >= 1),
  CONSTRAINT sync_job_lease_iff_in_progress
    CHECK ((status = 'in_progress') = (lease_holder IS NOT NULL AND lease_expires_at IS NOT NULL)),
  CONSTRAINT sync_job_finished_at_iff_finished
    CHECK ((status IN ('done', 'failed')) = (finished_at IS NOT NULL)),
  CONSTRAINT sync_job_error_class_known
    CHECK (error_class IN ('retryable', 'permanent')),
  CONSTRAINT sync_job_error_has_class
    CHECK ((last_error IS NULL) = (error_class IS NULL)),
  CONSTRAINT sync_job_failed_is_permanent
    CHECK (status <> 'failed' OR error_class = 'permanent')
);

-- Coalescing: at most one pending job per product and kind. A change while one is pending only
-- bumps that row (see shopware_sync.enqueue). In-progress rows are outside the index on purpose:
-- a change during processing gets a new pending row, because the worker's read is already stale.
CREATE UNIQUE INDEX IF NOT EXISTS sync_job_one_pending_per_product_and_kind
  ON shopware_sync.sync_job (product_number, kind) WHERE status = 'pending';

-- The claim: due pending jobs, oldest due first.
CREATE INDEX IF NOT EXISTS sync_job_pending_due
  ON shopware_sync.sync_job (next_attempt_at, job_id) WHERE status = 'pending';

-- Rescue of expired leases, and the fence that keeps a product's jobs from running twice at once.
CREATE INDEX IF NOT EXISTS sync_job_in_progress_by_product
  ON shopware_sync.sync_job (product_number, kind) WHERE status = 'in_progress';
CREATE INDEX IF NOT EXISTS sync_job_in_progress_lease_expiry
  ON shopware_sync.sync_job (lease_expires_at) WHERE status = 'in_progress';

-- Pruning of finished jobs, and the operator's list of failures.
CREATE INDEX IF NOT EXISTS sync_job_done_finished_at
  ON shopware_sync.sync_job (finished_at) WHERE status = 'done';
CREATE INDEX IF NOT EXISTS sync_job_failed_by_product
  ON shopware_sync.sync_job (product_number, kind) WHERE status = 'failed';

-- A queue table is updated and pruned all day; vacuum it after 1% of its rows changed, not 20%,
-- so dead tuples do not pile up in front of the claim.
ALTER TABLE shopware_sync.sync_job SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);

COMMENT ON TABLE shopware_sync.sync_job IS
  'ShopwareSync queue: one row per product and kind of work (stock or catalog) to push to Shopware. Filled by triggers on public.items and public.item_refs in the same transaction as the change; drained by the worker. Rows carry no payload: the worker reads the current state from shopware_sync.product_source. See shopware_sync.queue_overview for a summary.';
COMMENT ON COLUMN shopware_sync.sync_job.job_id IS 'Job id, as it appears in the worker''s log lines (JobId).';
COMMENT ON COLUMN shopware_sync.sync_job.kind IS 'What to push: stock = the product''s stock; catalog = name, descriptions, price, manufacturer, EAN, dimensions, weight, active flag, unit.';
COMMENT ON COLUMN shopware_sync.sync_job.product_number IS 'The article number (public.item_refs."Artikel_Nummer"), which is the Shopware productNumber.';
COMMENT ON COLUMN shopware_sync.sync_job.status IS 'pending = waiting until next_attempt_at; in_progress = claimed by lease_holder until lease_expires_at; done = delivered; failed = failed permanently, kept until an operator retries or deletes it.';
COMMENT ON COLUMN shopware_sync.sync_job.attempts IS 'Delivery attempts since the last change to the product. A new change to a pending job resets it to 0, so a change is never lost to an exhausted retry budget.';
COMMENT ON COLUMN shopware_sync.sync_job.next_attempt_at IS 'Earliest time the worker may claim the job (now for a fresh job, later for a retry with backoff).';
COMMENT ON COLUMN shopware_sync.sync_job.last_attempt_at IS 'When the worker last claimed the job.';
COMMENT ON COLUMN shopware_sync.sync_job.lease_holder IS 'Worker instance that holds the job while in_progress (host name and process id).';
COMMENT ON COLUMN shopware_sync.sync_job.lease_expires_at IS 'When the lease runs out; a job still in_progress after that is taken back by another worker (its holder died).';
COMMENT ON COLUMN shopware_sync.sync_job.error_class IS 'Class of last_error: retryable (the job is retried with backoff) or permanent (retrying cannot help; the job is failed).';
COMMENT ON COLUMN shopware_sync.sync_job.last_error IS 'Message of the last failed attempt, with Shopware''s error code and the field at fault where known.';
COMMENT ON COLUMN shopware_sync.sync_job.change_count IS 'How many changes to the app''s tables this job carries (1 + every change coalesced into it while pending).';
COMMENT ON COLUMN shopware_sync.sync_job.reason IS 'The last change that enqueued or bumped the job, as table and operation, e.g. "items update".';
COMMENT ON COLUMN shopware_sync.sync_job.correlation_id IS 'Id that ties together every log line about this job, on the worker and in Shopware requests (CorrelationId).';
COMMENT ON COLUMN shopware_sync.sync_job.created_at IS 'When the first change of this job was captured; delivery delay is measured from here.';
COMMENT ON COLUMN shopware_sync.sync_job.last_changed_at IS 'When the latest change was coalesced into the job.';
COMMENT ON COLUMN shopware_sync.sync_job.updated_at IS 'When the row last changed in any way.';
COMMENT ON COLUMN shopware_sync.sync_job.finished_at IS 'When the job reached done or failed; done jobs are pruned after the configured retention.';

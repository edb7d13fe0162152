-- Takes back jobs whose holder died (its lease expired): pending again and due now, the attempt counted,
-- the lost holder named in last_error. A job whose product has a newer pending job is done instead.
WITH expired AS (
  SELECT job_id, product_number, kind, lease_holder
  FROM shopware_sync.sync_job
  WHERE status = 'in_progress' AND lease_expires_at < coalesce(@now::timestamptz, now())
  FOR UPDATE SKIP LOCKED
),
superseded AS (
  UPDATE shopware_sync.sync_job AS job
  SET status           = 'done',
      lease_holder     = NULL,
      lease_expires_at = NULL,
      error_class      = 'retryable',
      last_error       = 'lease of ' || expired.lease_holder || ' expired (superseded by pending job ' || newer.job_id || ')',
      finished_at      = coalesce(@now::timestamptz, now()),
      updated_at       = coalesce(@now::timestamptz, now())
  FROM expired, shopware_sync.sync_job AS newer
  WHERE job.job_id = expired.job_id
    AND newer.status = 'pending'
    AND newer.product_number = expired.product_number
    AND newer.kind = expired.kind
  RETURNING job.job_id
)
UPDATE shopware_sync.sync_job AS job
SET status           = 'pending',
    lease_holder     = NULL,
    lease_expires_at = NULL,
    next_attempt_at  = coalesce(@now::timestamptz, now()),
    error_class      = 'retryable',
    last_error       = 'lease of ' || expired.lease_holder || ' expired',
    updated_at       = coalesce(@now::timestamptz, now())
FROM expired
WHERE job.job_id = expired.job_id
  AND job.job_id NOT IN (SELECT job_id FROM superseded)
RETURNING job.job_id AS JobId, job.kind AS Kind, job.product_number AS ProductNumber, job.attempts AS Attempt,
          job.change_count AS ChangeCount, job.correlation_id AS CorrelationId, job.created_at AS CreatedAt

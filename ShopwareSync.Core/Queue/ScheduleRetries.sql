-- Puts failed attempts back to pending, due at their backoff time, with the error kept. A job whose
-- product got a newer pending job meanwhile (a change during processing) is done instead: the newer job
-- reads and delivers the current state, so retrying the older one would only repeat it.
WITH retry AS (
  SELECT * FROM unnest(@job_ids::bigint[], @next_attempt_ats::timestamptz[], @errors::text[])
    AS retry(job_id, next_attempt_at, error)
),
superseded AS (
  UPDATE shopware_sync.sync_job AS job
  SET status           = 'done',
      lease_holder     = NULL,
      lease_expires_at = NULL,
      error_class      = 'retryable',
      last_error       = retry.error || ' (superseded by pending job ' || newer.job_id || ')',
      finished_at      = coalesce(@now::timestamptz, now()),
      updated_at       = coalesce(@now::timestamptz, now())
  FROM retry, shopware_sync.sync_job AS newer
  WHERE job.job_id = retry.job_id
    AND job.status = 'in_progress'
    AND job.lease_holder = @holder
    AND newer.status = 'pending'
    AND newer.product_number = job.product_number
    AND newer.kind = job.kind
  RETURNING job.job_id
)
UPDATE shopware_sync.sync_job AS job
SET status           = 'pending',
    lease_holder     = NULL,
    lease_expires_at = NULL,
    next_attempt_at  = retry.next_attempt_at,
    error_class      = 'retryable',
    last_error       = retry.error,
    updated_at       = coalesce(@now::timestamptz, now())
FROM retry
WHERE job.job_id = retry.job_id
  AND job.status = 'in_progress'
  AND job.lease_holder = @holder
  AND job.job_id NOT IN (SELECT job_id FROM superseded)

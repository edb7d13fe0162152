-- Hands jobs back untried (the worker is shutting down): pending again, due now, the attempt not counted.
-- As with retries, a job whose product got a newer pending job meanwhile is done instead.
WITH superseded AS (
  UPDATE shopware_sync.sync_job AS job
  SET status           = 'done',
      lease_holder     = NULL,
      lease_expires_at = NULL,
      finished_at      = coalesce(@now::timestamptz, now()),
      updated_at       = coalesce(@now::timestamptz, now())
  FROM shopware_sync.sync_job AS newer
  WHERE job.job_id = ANY(@job_ids::bigint[])
    AND job.status = 'in_progress'
    AND job.lease_holder = @holder
    AND newer.status = 'pending'
    AND newer.product_number = job.product_number
    AND newer.kind = job.kind
  RETURNING job.job_id
)
UPDATE shopware_sync.sync_job AS job
SET status           = 'pending',
    attempts         = greatest(job.attempts - 1, 0),
    lease_holder     = NULL,
    lease_expires_at = NULL,
    next_attempt_at  = coalesce(@now::timestamptz, now()),
    updated_at       = coalesce(@now::timestamptz, now())
WHERE job.job_id = ANY(@job_ids::bigint[])
  AND job.status = 'in_progress'
  AND job.lease_holder = @holder
  AND job.job_id NOT IN (SELECT job_id FROM superseded)

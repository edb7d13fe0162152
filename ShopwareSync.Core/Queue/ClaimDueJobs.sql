-- Claims up to @limit due pending jobs for @holder, oldest due first, and leases them until now + @lease.
-- SKIP LOCKED lets replicas claim side by side without waiting for each other. A job is not claimed
-- while its product already has a job of the same kind in progress: the two would race to Shopware,
-- and the older read could land last.
WITH due AS MATERIALIZED (
  SELECT job.job_id
  FROM shopware_sync.sync_job AS job
  WHERE job.status = 'pending'
    AND job.next_attempt_at <= coalesce(@now::timestamptz, now())
    AND job.kind = ANY(@kinds::text[])
    AND NOT EXISTS (
      SELECT 1 FROM shopware_sync.sync_job AS running
      WHERE running.status = 'in_progress'
        AND running.product_number = job.product_number
        AND running.kind = job.kind)
  ORDER BY job.next_attempt_at, job.job_id
  LIMIT @limit
  FOR UPDATE SKIP LOCKED
)
UPDATE shopware_sync.sync_job AS job
SET status           = 'in_progress',
    attempts         = job.attempts + 1,
    lease_holder     = @holder,
    lease_expires_at = coalesce(@now::timestamptz, now()) + @lease::interval,
    last_attempt_at  = coalesce(@now::timestamptz, now()),
    updated_at       = coalesce(@now::timestamptz, now())
FROM due
WHERE job.job_id = due.job_id
RETURNING job.job_id AS JobId, job.kind AS Kind, job.product_number AS ProductNumber, job.attempts AS Attempt,
          job.change_count AS ChangeCount, job.correlation_id AS CorrelationId, job.created_at AS CreatedAt

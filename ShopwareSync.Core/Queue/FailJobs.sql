-- Fails jobs permanently, with the reason. They stay until an operator retries or deletes them; a newer
-- change to the product queues a new pending job beside them.
UPDATE shopware_sync.sync_job AS job
SET status           = 'failed',
    lease_holder     = NULL,
    lease_expires_at = NULL,
    error_class      = 'permanent',
    last_error       = failure.error,
    finished_at      = coalesce(@now::timestamptz, now()),
    updated_at       = coalesce(@now::timestamptz, now())
FROM unnest(@job_ids::bigint[], @errors::text[]) AS failure(job_id, error)
WHERE job.job_id = failure.job_id
  AND job.status = 'in_progress'
  AND job.lease_holder = @holder

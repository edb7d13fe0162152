-- Marks delivered jobs done. Only jobs still leased to @holder: a job whose lease expired and was taken
-- by another worker is that worker's now.
UPDATE shopware_sync.sync_job
SET status           = 'done',
    lease_holder     = NULL,
    lease_expires_at = NULL,
    finished_at      = coalesce(@now::timestamptz, now()),
    updated_at       = coalesce(@now::timestamptz, now())
WHERE job_id = ANY(@job_ids::bigint[])
  AND status = 'in_progress'
  AND lease_holder = @holder

-- Deletes done jobs finished before the retention cut-off, at most @limit at a time so that one prune
-- never holds many row locks. Failed jobs are kept until an operator deals with them.
DELETE FROM shopware_sync.sync_job
WHERE job_id IN (
  SELECT job_id FROM shopware_sync.sync_job
  WHERE status = 'done' AND finished_at < @finished_before::timestamptz
  ORDER BY finished_at
  LIMIT @limit
)

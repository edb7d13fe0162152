-- What a DBA or an operator looks at first: SELECT * FROM shopware_sync.queue_overview;
-- Every kind and status appears, with zeros, so an empty queue reads as such.
CREATE OR REPLACE VIEW shopware_sync.queue_overview AS
SELECT
  kinds.kind,
  statuses.status,
  count(job.job_id)::integer                                                  AS jobs,
  count(job.job_id) FILTER (WHERE job.next_attempt_at <= now()
                              AND job.status = 'pending')::integer            AS due_now,
  count(job.job_id) FILTER (WHERE job.attempts > 0)::integer                  AS retried,
  sum(job.change_count)::bigint                                               AS changes,
  min(job.created_at)                                                         AS oldest_created_at,
  CASE WHEN statuses.status IN ('pending', 'in_progress')
       THEN date_trunc('second', now() - min(job.created_at)) END            AS oldest_age,
  max(job.updated_at)                                                         AS last_updated_at
FROM (VALUES ('stock'), ('catalog')) AS kinds(kind)
CROSS JOIN (VALUES (1, 'pending'), (2, 'in_progress'), (3, 'done'), (4, 'failed')) AS statuses(position, status)
LEFT JOIN shopware_sync.sync_job AS job ON job.kind = kinds.kind AND job.status = statuses.status
GROUP BY kinds.kind, statuses.status, statuses.position
ORDER BY kinds.kind DESC, statuses.position;

COMMENT ON VIEW shopware_sync.queue_overview IS
  'Queue summary per kind and status. oldest_age on the pending rows is the sync lag: how long the oldest undelivered change has waited.';
COMMENT ON COLUMN shopware_sync.queue_overview.jobs IS 'Number of jobs of this kind in this status.';
COMMENT ON COLUMN shopware_sync.queue_overview.due_now IS 'Pending jobs the worker may claim right now (the others wait for a retry backoff).';
COMMENT ON COLUMN shopware_sync.queue_overview.retried IS 'Jobs that have failed at least once since their last change.';
COMMENT ON COLUMN shopware_sync.queue_overview.changes IS 'Changes to the app''s tables that these jobs carry (coalesced).';
COMMENT ON COLUMN shopware_sync.queue_overview.oldest_created_at IS 'When the oldest job of this kind and status captured its first change.';
COMMENT ON COLUMN shopware_sync.queue_overview.oldest_age IS 'For pending and in_progress: how long the oldest job has waited since its first change.';
COMMENT ON COLUMN shopware_sync.queue_overview.last_updated_at IS 'Latest change to any of these rows.';

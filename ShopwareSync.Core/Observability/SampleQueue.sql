-- The queue gauges' one query: jobs per kind and status, and how long the oldest of them has waited since its
-- first change. One scan of the table, without the view's per-cell joins; runs every sample interval, never per scrape.
SELECT kind                                                            AS Kind,
       status                                                          AS Status,
       count(*)                                                        AS Jobs,
       extract(epoch FROM coalesce(@now::timestamptz, now()) - min(created_at))::double precision AS OldestAgeSeconds
FROM shopware_sync.sync_job
GROUP BY kind, status

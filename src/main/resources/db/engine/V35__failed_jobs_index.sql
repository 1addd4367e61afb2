-- Issue 19: the failed jobs found through an index (README "Performance", "Indexes the engine lacks on PostgreSQL").
-- IncidentWatch looks for failed jobs every minute on every replica, and the operations page lists them: the engine's query is
-- "exception message or stack trace not null", which PostgreSQL answered by reading the whole job table, one timer job per open
-- task (77 ms and 8,984 buffers at national scale, pg_stat_statements). Few jobs ever fail, so the index stays small.
create index if not exists wp_idx_job_failed on act_ru_job (id_) where exception_msg_ is not null or exception_stack_id_ is not null;

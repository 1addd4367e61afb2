-- Issue 19: indexes the engine's PostgreSQL schema lacks (README "Performance"). Applied after the engine has created or
-- updated its tables (app.waypoint.engine.EngineIndexes; history table public.engine_schema_history), in one transaction.
-- Not CONCURRENTLY: that waits for every open transaction, including the one the engine starts up in. On an existing database
-- building them holds writes to ACT_RU_TASK for a few seconds (about 2 s per 100,000 open tasks), once, at the deployment.

-- Completing or deleting a task looks for its subtasks (where PARENT_TASK_ID_ = ?) on every completion: without this index a
-- full scan of the open tasks (12-21 ms at 100k open tasks).
create index if not exists wp_idx_task_parent on act_ru_task (parent_task_id_);

-- The tasklist's "due first" pages and its overdue filter order and cut the open tasks by due date.
create index if not exists wp_idx_task_due on act_ru_task (due_date_);

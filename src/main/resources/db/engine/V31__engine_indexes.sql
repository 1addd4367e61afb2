-- Issue 19: indexes the engine's PostgreSQL schema lacks (README "Performance"). Applied after the engine has created or
-- updated its tables (app.waypoint.engine.EngineIndexes; history table waypoint.engine_schema_history), one statement a line
-- group, each CONCURRENTLY so that an existing database keeps taking writes while they are built.

-- Completing or deleting a task looks for its subtasks (where PARENT_TASK_ID_ = ?) on every completion: without this index a
-- full scan of the open tasks (12-21 ms at 100k open tasks).
create index concurrently if not exists wp_idx_task_parent on act_ru_task (parent_task_id_);

-- The tasklist's "due first" pages and its overdue filter order and cut the open tasks by due date.
create index concurrently if not exists wp_idx_task_due on act_ru_task (due_date_);

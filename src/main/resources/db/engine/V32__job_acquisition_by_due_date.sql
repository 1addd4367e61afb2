-- Issue 19: the job executor finds due jobs through an index (README "Performance", "Jobs found by their due date").
-- Its acquisition query used to be "due date null or past, unlocked" with no order: with one escalation timer per open task
-- (215,877 jobs at national scale) and few of them due, every acquisition read the whole job table (112 ms on average).
-- The engine now always sets a due date (ensure-job-due-date-not-null) and acquires by it (job-executor-acquire-by-due-date),
-- so the query is a range on this index, ordered by it, which stops after the jobs it takes.
create index if not exists wp_idx_job_due on act_ru_job (duedate_);

-- Jobs written before without a due date (an asynchronous step or a batch's job, "run now") would never be acquired now.
update act_ru_job set duedate_ = current_timestamp where duedate_ is null;

-- Issue 19: the job executor finds due jobs through an index (README "Performance", "Jobs found by their due date").
-- Its acquisition query used to be "due date null or past, unlocked" with no order: with one escalation timer per open task
-- (215,877 jobs at national scale) and few of them due, every acquisition read the whole job table (112 ms on average).
-- The engine now always sets a due date (ensure-job-due-date-not-null) and acquires by it (job-executor-acquire-by-due-date),
-- so the query is a range on this index, ordered by it, which stops after the jobs it takes.
create index if not exists wp_idx_job_due on act_ru_job (duedate_);

-- The same query leaves out an exclusive job whose process instance has another exclusive job running ("not exists" a job
-- locked and not expired): PostgreSQL plans that as one pass over the locked jobs, which without this index read the whole
-- job table (365 ms during the escalation burst, 0.3 ms with it). Few jobs are locked at any time, so the index stays small.
create index if not exists wp_idx_job_locked on act_ru_job (lock_exp_time_) where lock_owner_ is not null;

-- Jobs written before without a due date (an asynchronous step or a batch's job, "run now") would never be acquired now.
update act_ru_job set duedate_ = current_timestamp where duedate_ is null;

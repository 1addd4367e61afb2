-- The task made for each open action of a signed-off pathway plan (domain notes §2b step 8). An action carried into the
-- next version keeps its action_id, so it gets one task while its task is still open, not one per version.
create table plan_action_task (
    id                  uuid primary key,
    action_id           uuid          not null,
    plan_id             uuid          not null references pathway_plan (id),
    process_instance_id varchar(64)   not null,
    started_at          timestamp(6) with time zone not null
);
create index plan_action_task_action on plan_action_task (action_id);

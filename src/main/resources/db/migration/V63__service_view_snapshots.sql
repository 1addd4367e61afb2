-- Issue 15: the service view's trends. Once a day each figure (serviceview/ServiceFigure) is counted for every team and
-- kept here: one row per day, team, figure and group ('' for the figure as a whole), never updated. A day is claimed in
-- service_view_snapshot_day before it is counted, so that with several replicas the day is counted once.
create table service_view_snapshot_day (
    day      date primary key,
    taken_at timestamp(6) with time zone not null
);

create table service_view_snapshot (
    day     date        not null,
    team_id uuid        not null references team (id),
    figure  varchar(40) not null,
    grp     varchar(200) not null,
    counted integer     not null,
    total   integer     not null,
    primary key (figure, team_id, day, grp)
);

-- The figures read what happened in the last 12 months by date: reviews held, significant changes, disputes raised, sessions held.
create index if not exists pathway_review_held_on on pathway_review (held_on) where held_on is not null;
create index if not exists significant_change_occurred on significant_change (occurred_on);
create index if not exists pathway_review_trigger_change on pathway_review_trigger (significant_change_id) where significant_change_id is not null;
create index if not exists supervision_session_held on supervision_session (worker_id, held_on) where held_on is not null;
create index if not exists supervision_action_worker_due on supervision_action (worker_id, due_on);
create index if not exists escalation_open on escalation (young_person_id, chain_id, raised_at) where resolved_at is null;
-- Plan actions overdue starts from the open actions, not from every young person.
create index if not exists pathway_plan_action_open on pathway_plan_action (plan_id) where status = 'OPEN';

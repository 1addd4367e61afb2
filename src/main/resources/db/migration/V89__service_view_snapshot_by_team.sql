-- Issue 15: the service view's overview reads today's snapshot instead of counting every figure live, so the snapshot is now
-- taken team by team: a team's day is claimed in service_view_snapshot_team (in the same transaction as its counts), by the
-- nightly job for every team or by the first manager to open the overview that day for their teams, and never counted twice.
-- It replaces the claim of the whole day (service_view_snapshot_day), whose days become each team's counted that day.
create table service_view_snapshot_team (
    day      date                        not null,
    team_id  uuid                        not null references team (id),
    taken_at timestamp(6) with time zone not null,
    primary key (day, team_id)
);

insert into service_view_snapshot_team (day, team_id, taken_at)
select distinct s.day, s.team_id, d.taken_at
from service_view_snapshot s join service_view_snapshot_day d on d.day = s.day;

drop table service_view_snapshot_day;

-- The overview shows a figure's average days (late by, time to resolution) too: the sum of the rows' days and how many had days.
alter table service_view_snapshot add column days_sum bigint not null default 0;
alter table service_view_snapshot add column days_rows integer not null default 0;

-- The overview reads one day of every figure for the caller's teams; the primary key starts with the figure (for the trends).
create index service_view_snapshot_day_team on service_view_snapshot (day, team_id);

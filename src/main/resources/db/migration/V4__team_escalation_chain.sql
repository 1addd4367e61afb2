-- Who is above a team: escalations climb from the team manager to these (domain notes §2, §3).
alter table team add column service_manager_id uuid references staff (id);
alter table team add column head_of_service_id uuid references staff (id);
alter table team add column director_id uuid references staff (id);

-- Issue 19: a manager's tasklist joins the staff of the teams they manage to the engine's process instances (tasks about a
-- member of staff, e.g. their supervision); this finds a team's staff without reading every member of staff.
create index if not exists staff_team on staff (team_id);

-- A leaver: an administrator disables the staff record, and from the next request the person has no role in Waypoint
-- (403 on /api, no page). Their allocations and tasks stay until a manager reassigns them. Both null while active.
alter table staff add column disabled_at timestamptz;
alter table staff add column disabled_by uuid references staff (id);
alter table staff add constraint staff_disabled_by_whom check ((disabled_at is null) = (disabled_by is null));

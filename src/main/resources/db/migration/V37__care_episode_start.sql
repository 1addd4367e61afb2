-- Issue 13: a child may come back into care. A care episode started through the record keeps who recorded it, when and why
-- (episodes recorded with the young person have none of these).
alter table care_episode add column started_by varchar(80);
alter table care_episode add column start_recorded_at timestamp(6) with time zone;
alter table care_episode add column start_note varchar(4000);

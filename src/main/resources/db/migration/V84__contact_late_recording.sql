-- Late recording (issue 16 part 5): how many working days after the contact it was recorded, and why, when that is over the
-- council's threshold. Contacts recorded before this get the weekdays between the two days (bank holidays are not known here,
-- so an old contact across a bank holiday may read one day later than Waypoint would count it now).
alter table young_person_contact add column recorded_after_working_days integer;
alter table young_person_contact add column late_reason varchar(2000);
update young_person_contact c set recorded_after_working_days = greatest(0, (
    select count(*) from generate_series(c.contact_on + 1, cast(c.recorded_at at time zone 'Europe/London' as date), interval '1 day') d(day)
    where extract(isodow from d.day) < 6));
alter table young_person_contact alter column recorded_after_working_days set not null;
-- The late-recording report reads the contacts recorded in a period.
create index young_person_contact_recorded_at on young_person_contact (recorded_at);

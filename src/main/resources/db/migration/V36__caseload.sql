-- Issue 13: the young people list is a caseload view, filtered, sorted and paged in the database at 100k young people.
-- The leaving-care status is worked out by people/status from the whole care history, so the list keeps it on the row:
-- care_status as it stands from status_on until the day before status_until, the next day it could change (a birthday that
-- matters, an episode's or period's start or end, the day eligibility begins). A row whose status is unknown (null), not
-- yet valid (status_on after today, a clock moved back) or no longer valid (status_until today or earlier) is worked out
-- again before a list is read, and every hour (people/CaseloadService, people/StoredStatus).
alter table young_person add column care_status varchar(20)
    check (care_status in ('NONE', 'LOOKED_AFTER', 'ELIGIBLE', 'RELEVANT', 'FORMER_RELEVANT', 'QUALIFYING'));
alter table young_person add column status_on date;
alter table young_person add column status_until date;

-- A manager's list: their teams' young people by name (the default order), or by status within a team.
create index young_person_team_name on young_person (team_id, family_name, given_name, id);
create index young_person_team_status on young_person (team_id, care_status);
create index young_person_team_birth on young_person (team_id, date_of_birth);
-- Rows whose stored status must be worked out again.
create index young_person_status_until on young_person (status_until);
create index young_person_status_unknown on young_person (id) where care_status is null;
-- Search by the start of a name or local id, case-insensitively.
create index young_person_family_name_prefix on young_person (lower(family_name) text_pattern_ops);
create index young_person_given_name_prefix on young_person (lower(given_name) text_pattern_ops);
create index young_person_local_id_prefix on young_person (lower(local_id) text_pattern_ops);
-- "Allocated to this worker" as a filter within a team, and a worker's or IRO's own caseload.
create index allocation_current_by_staff_kind on allocation (staff_id, kind, young_person_id) where ended_on is null;
-- The latest signed-off pathway plan (next review due, plan out of date).
create index pathway_plan_signed_off on pathway_plan (young_person_id, signed_off_at) where status = 'SIGNED_OFF';
-- The latest coded status and accommodation are read as the newest row on or before today.
create index coded_status_latest on coded_status (young_person_id, kind, effective_on desc, recorded_at desc);
create index accommodation_latest on accommodation (young_person_id, start_date desc, recorded_at desc);
-- The last review held (next review due).
create index pathway_review_held on pathway_review (young_person_id, held_on) where held_on is not null;

-- Issue 13: the young person's record changes over time. Care episodes can be ended (with the reason, who recorded it
-- and, for a child leaving before 18, the approval), accommodation is kept as history, and the record carries a version
-- that a client sends back (If-Match) so that concurrent edits cannot overwrite each other.
alter table young_person add column record_version bigint not null default 0;

alter table care_episode add column end_reason varchar(40)
    check (end_reason in ('RETURNED_HOME', 'INDEPENDENT_LIVING', 'STAYING_PUT', 'TURNED_18', 'CUSTODY', 'OTHER'));
alter table care_episode add column end_note varchar(4000);
alter table care_episode add column ended_by varchar(80);
alter table care_episode add column end_recorded_at timestamp(6) with time zone;
alter table care_episode add column approver_role varchar(30) check (approver_role in ('NOMINATED_OFFICER', 'DCS'));
alter table care_episode add column approved_by varchar(160);
alter table care_episode add column approved_on date;

-- Where a young person lives, as history: never updated, a new row for each change. category is the SSDA903 care-leaver
-- accommodation category (returns/ssda903-accommodation.csv); suitability is held apart from it.
create table accommodation (
    id                  uuid primary key,
    young_person_id     uuid          not null references young_person (id),
    category            varchar(4)    not null,
    address_or_provider varchar(300)  not null,
    start_date          date          not null,
    planned             boolean       not null,
    shared_housing      boolean       not null,
    suitable            boolean       not null,
    rationale           varchar(4000),
    judged_by           varchar(160)  not null,
    recorded_at         timestamp(6) with time zone not null,
    recorded_by         varchar(80)   not null
);
create index accommodation_young_person on accommodation (young_person_id, start_date);

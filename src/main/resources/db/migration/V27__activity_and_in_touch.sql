-- Issue 13: activity (education, employment or training) and "in touch" as the SSDA903 care-leaver return records them,
-- kept as history: a new row for each change, never updated. code is from returns/ssda903-activity.csv or
-- returns/ssda903-in-touch.csv.
create table coded_status (
    id              uuid primary key,
    young_person_id uuid          not null references young_person (id),
    kind            varchar(10)   not null check (kind in ('ACTIVITY', 'IN_TOUCH')),
    code            varchar(8)    not null,
    effective_on    date          not null,
    note            varchar(4000),
    recorded_at     timestamp(6) with time zone not null,
    recorded_by     varchar(80)   not null
);
create index coded_status_young_person on coded_status (young_person_id, kind, effective_on);

-- Identity corrections (names, date of birth, local id) by a manager or admin, with the reason: one row per field
-- changed, holding the value before and after, so nothing is overwritten silently.
create table identity_correction (
    id              uuid primary key,
    young_person_id uuid          not null references young_person (id),
    field           varchar(20)   not null check (field in ('givenName', 'familyName', 'dateOfBirth', 'localId')),
    old_value       varchar(100)  not null,
    new_value       varchar(100)  not null,
    reason          varchar(4000) not null,
    recorded_at     timestamp(6) with time zone not null,
    recorded_by     varchar(80)   not null
);
create index identity_correction_young_person on identity_correction (young_person_id);

-- Issue 13: cohort flags with history (UASC with immigration status, young parent, in custody, disabled, staying put, House
-- Project member). Each row sets or clears one flag from a date, with why and who; the latest row per flag is its current value.
-- young_person's uasc/parent/in_custody/disabled columns stay as the current values, kept in step with this history.
create table cohort_flag (
    id              uuid primary key,
    young_person_id uuid          not null references young_person (id),
    flag            varchar(20)   not null check (flag in ('UASC', 'YOUNG_PARENT', 'IN_CUSTODY', 'DISABLED', 'STAYING_PUT', 'HOUSE_PROJECT')),
    flag_set        boolean       not null,
    effective_on    date          not null,
    detail          varchar(1000),
    reason          varchar(4000) not null,
    recorded_at     timestamp(6) with time zone not null,
    recorded_by     varchar(80)   not null
);
create index cohort_flag_young_person on cohort_flag (young_person_id, flag, effective_on);

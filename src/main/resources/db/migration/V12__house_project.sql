-- House Project (domain notes §2d): cohorts of about 10 young people with their staff.
create table house_project_cohort (
    id           uuid primary key,
    name         varchar(200)  not null,
    starts_on    date          not null,
    capacity     integer       not null check (capacity between 1 and 50),
    team_id      uuid          not null references team (id),
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(80)   not null
);

-- The staff who run a cohort, in order: the first leads it and records its weekly sessions.
create table house_project_cohort_staff (
    cohort_id    uuid          not null references house_project_cohort (id),
    position     integer       not null,
    username     varchar(80)   not null,
    primary key (cohort_id, position)
);

-- One young person's way through the House Project, from referral to a sustained tenancy (or leaving on the way).
create table house_project_membership (
    id                   uuid primary key,
    young_person_id      uuid          not null references young_person (id),
    process_instance_id  varchar(64)   not null,
    status               varchar(24)   not null check (status in ('REFERRED', 'IN_COHORT', 'FINDING_HOME', 'MOVED_IN', 'NOT_OFFERED',
                             'LEFT', 'TENANCY_ENDED', 'SUSTAINED')),
    cohort_id            uuid references house_project_cohort (id),
    referred_at          timestamp(6) with time zone not null,
    referred_by          varchar(80)   not null,
    referral_reason      varchar(4000),
    property_address     varchar(400),
    housing_provider     varchar(200),
    property_suitable    boolean,
    setting_up_spent     integer check (setting_up_spent >= 0),
    setting_up_note      varchar(4000),
    tenancy_type         varchar(24),
    tenancy_starts_on    date,
    moved_in_on          date,
    closed_at            timestamp(6) with time zone,
    closing_reason       varchar(4000)
);
create unique index house_project_membership_one_open on house_project_membership (young_person_id) where closed_at is null;
create index house_project_membership_cohort on house_project_membership (cohort_id);

-- Each suitability assessment of a property against Care Leavers Regs Sch 2, every factor answered, with the rationale.
create table house_project_suitability (
    id                   uuid primary key,
    membership_id        uuid          not null references house_project_membership (id),
    property_address     varchar(400)  not null,
    facilities           varchar(4000) not null,
    state_of_repair      varchar(4000) not null,
    safety               varchar(4000) not null,
    location             varchar(4000) not null,
    support              varchar(4000) not null,
    tenancy_status       varchar(4000) not null,
    affordability        varchar(4000) not null,
    young_person_views   varchar(4000) not null,
    suitable             boolean       not null,
    rationale            varchar(4000) not null,
    assessed_at          timestamp(6) with time zone not null,
    assessed_by          varchar(80)   not null
);
create index house_project_suitability_membership on house_project_suitability (membership_id);

-- Attendance at the cohort's weekly group sessions.
create table house_project_attendance (
    id             uuid primary key,
    membership_id  uuid          not null references house_project_membership (id),
    session_on     date          not null,
    attended       boolean       not null,
    note           varchar(4000),
    recorded_by    varchar(80)   not null
);
create index house_project_attendance_membership on house_project_attendance (membership_id);

-- The history of a membership: referral, every step completed (with who and when), leaving, the end.
create table house_project_event (
    id             uuid primary key,
    sequence       bigint generated always as identity,
    membership_id  uuid          not null references house_project_membership (id),
    kind           varchar(24)   not null check (kind in ('REFERRED', 'STEP_COMPLETED', 'LEFT', 'CLOSED')),
    step_id        varchar(80),
    step_name      varchar(200),
    detail         varchar(4000),
    occurred_at    timestamp(6) with time zone not null,
    occurred_by    varchar(80)   not null
);
create index house_project_event_membership on house_project_event (membership_id);

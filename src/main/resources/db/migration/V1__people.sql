-- People and caseloads: teams, staff, young people with their care history, and allocations with history.
create table team (
    id   uuid primary key,
    name varchar(120) not null unique
);

create table staff (
    id              uuid primary key,
    username        varchar(80)  not null unique,
    display_name    varchar(160) not null,
    email           varchar(254),
    role            varchar(16)  not null check (role in ('WORKER', 'MANAGER', 'IRO', 'ADMIN')),
    team_id         uuid references team (id),
    newly_qualified boolean      not null default false
);

create table young_person (
    id                uuid primary key,
    local_id          varchar(40)  not null unique,
    given_name        varchar(100) not null,
    family_name       varchar(100) not null,
    date_of_birth     date         not null,
    team_id           uuid         not null references team (id),
    foster_placement  boolean      not null default false,
    uasc              boolean      not null default false,
    parent            boolean      not null default false,
    in_custody        boolean      not null default false,
    disabled          boolean      not null default false,
    created_at        timestamp(6) with time zone not null
);
create index young_person_team on young_person (team_id);

create table care_episode (
    id              uuid primary key,
    young_person_id uuid        not null references young_person (id),
    start_date      date        not null,
    end_date        date,
    legal_basis     varchar(20) not null check (legal_basis in ('CARE_ORDER', 'SECTION_20', 'REMAND', 'SHORT_BREAKS', 'OTHER')),
    check (end_date is null or end_date > start_date)
);
create index care_episode_young_person on care_episode (young_person_id);

-- Periods that change a young person's status: in custody or hospital, or living back with a parent.
create table life_period (
    id              uuid primary key,
    young_person_id uuid        not null references young_person (id),
    kind            varchar(30) not null check (kind in ('CUSTODY_OR_HOSPITAL', 'HOME_WITH_PARENT')),
    start_date      date        not null,
    end_date        date,
    check (end_date is null or end_date > start_date)
);
create index life_period_young_person on life_period (young_person_id);

create table allocation (
    id              uuid primary key,
    young_person_id uuid        not null references young_person (id),
    staff_id        uuid        not null references staff (id),
    kind            varchar(20) not null check (kind in ('SOCIAL_WORKER', 'PERSONAL_ADVISER', 'IRO')),
    started_on      date        not null,
    ended_on        date,
    allocated_by    varchar(80) not null
);
create unique index allocation_one_current on allocation (young_person_id, kind) where ended_on is null;
create index allocation_current_by_staff on allocation (staff_id) where ended_on is null;

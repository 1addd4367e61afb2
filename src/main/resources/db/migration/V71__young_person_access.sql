-- The young person's own Waypoint (package youngpersonview, issue 18).
-- An invitation gives one young person access by a one-time code sent to their e-mail or mobile; a manager may revoke it.
create table young_person_access (
    id              uuid primary key,
    young_person_id uuid         not null references young_person (id),
    contact_kind    varchar(8)   not null check (contact_kind in ('EMAIL', 'MOBILE')),
    contact         varchar(254) not null,
    invited_by      varchar(80)  not null,
    invited_at      timestamp(6) with time zone not null,
    revoked_by      varchar(80),
    revoked_at      timestamp(6) with time zone
);
-- at most one live invitation per young person, and per contact
create unique index young_person_access_live on young_person_access (young_person_id) where revoked_at is null;
create unique index young_person_access_live_contact on young_person_access (contact) where revoked_at is null;

-- A sign-in code: only its salted hash is kept; short-lived, single use, a few attempts. The browser that asked for it
-- holds a random reference to it (its hash is the id), so the code alone signs nobody in.
create table young_person_sign_in_code (
    id          varchar(64)  primary key,
    access_id   uuid         not null references young_person_access (id),
    code_hash   varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    attempts    integer      not null default 0,
    used_at     timestamp(6) with time zone
);
create index young_person_sign_in_code_access on young_person_sign_in_code (access_id);

-- A young person's signed-in session (a principal of its own, never a staff identity); the id is the hash of the cookie.
create table young_person_session (
    id              varchar(64)  primary key,
    access_id       uuid         not null references young_person_access (id),
    young_person_id uuid         not null references young_person (id),
    created_at      timestamp(6) with time zone not null,
    last_seen_at    timestamp(6) with time zone not null,
    ended_at        timestamp(6) with time zone
);
create index young_person_session_access on young_person_session (access_id);

-- Their views in their own words, before a review or a visit: the questions asked then and their answers.
create table young_person_views (
    id              uuid primary key,
    young_person_id uuid         not null references young_person (id),
    given_at        timestamp(6) with time zone not null,
    before_what     varchar(8)   not null check (before_what in ('REVIEW', 'VISIT')),
    answers         jsonb        not null
);
create index young_person_views_person on young_person_views (young_person_id, given_at desc);

-- The audit trail also records what a young person reads of their own record: such entries have no member of staff.
alter table audit_entry alter column staff_id drop not null;
alter table audit_entry add column actor varchar(12) not null default 'STAFF' check (actor in ('STAFF', 'YOUNG_PERSON'));

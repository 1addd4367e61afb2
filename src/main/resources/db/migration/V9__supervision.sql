-- Supervision (domain notes §2c). A member of staff's start date (people owns it): a newly qualified worker's
-- supervision frequency counts from it. Existing staff are taken to have started on the day of this migration.
alter table staff add column started_on date;
update staff set started_on = current_date where started_on is null;
alter table staff alter column started_on set not null;

-- A supervisor set for a worker; without a row the worker's team manager supervises them.
create table supervision_profile (
    staff_id      uuid        not null primary key references staff (id),
    supervisor_id uuid        not null references staff (id),
    set_by        varchar(80) not null,
    set_at        timestamp(6) with time zone not null,
    check (staff_id <> supervisor_id)
);

-- One supervision session of a worker: booked, then held and recorded, then signed off by both.
-- At most one booked session per worker: the next one.
create table supervision_session (
    id                   uuid        primary key,
    worker_id            uuid        not null references staff (id),
    supervisor_id        uuid        not null references staff (id),
    scheduled_for        date        not null,
    held_on              date,
    status               varchar(16) not null check (status in ('BOOKED', 'HELD', 'SIGNED_OFF')),
    booked_by            varchar(80) not null,
    booked_at            timestamp(6) with time zone not null,
    recorded_by          varchar(80),
    recorded_at          timestamp(6) with time zone,
    sign_off_due_on      date,
    worker_signed_at     timestamp(6) with time zone,
    supervisor_signed_at timestamp(6) with time zone,
    signed_off_late      boolean     not null default false,
    check ((status = 'BOOKED') = (held_on is null)),
    check (status <> 'SIGNED_OFF' or (worker_signed_at is not null and supervisor_signed_at is not null))
);
create unique index supervision_session_one_booked on supervision_session (worker_id) where status = 'BOOKED';
create index supervision_session_worker on supervision_session (worker_id, scheduled_for);

-- The young person's management-oversight chronology: a decision made in supervision (with the discussion) or by a
-- manager between sessions (with the rationale).
create table oversight_entry (
    id              uuid          primary key,
    young_person_id uuid          not null references young_person (id),
    session_id      uuid          references supervision_session (id),
    discussion      varchar(8000),
    decision        varchar(4000) not null,
    rationale       varchar(4000),
    recorded_by     varchar(80)   not null,
    recorded_at     timestamp(6) with time zone not null
);
create index oversight_entry_young_person on oversight_entry (young_person_id, recorded_at);
create index oversight_entry_session on oversight_entry (session_id);

-- Actions agreed under an oversight entry. Those agreed in a worker's supervision (worker_id set) are carried to the
-- worker's next session until closed; each re-dating counts as a carry, and the second flags the action.
create table supervision_action (
    id                 uuid          primary key,
    oversight_entry_id uuid          not null references oversight_entry (id),
    session_id         uuid          references supervision_session (id),
    worker_id          uuid          references staff (id),
    young_person_id    uuid          not null references young_person (id),
    description        varchar(1000) not null,
    owner_username     varchar(80)   not null,
    due_on             date          not null,
    status             varchar(8)    not null check (status in ('OPEN', 'CLOSED')),
    carry_count        integer       not null default 0 check (carry_count >= 0),
    flagged            boolean       not null default false,
    last_reason        varchar(1000),
    updated_at         timestamp(6) with time zone not null
);
create index supervision_action_entry on supervision_action (oversight_entry_id);
create index supervision_action_worker_open on supervision_action (worker_id) where status = 'OPEN';

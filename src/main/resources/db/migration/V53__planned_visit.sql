-- A visit a worker has booked with a young person: open until a visit contact is recorded, or its task is closed by hand.
create table planned_visit (
    id                  uuid primary key,
    young_person_id     uuid         not null references young_person (id),
    visit_on            date         not null,
    kind                varchar(16)  not null check (kind in ('HOME', 'STATUTORY', 'PRE_REVIEW', 'OUT_OF_AREA')),
    booked_by           varchar(80)  not null,
    booked_at           timestamptz  not null,
    process_instance_id varchar(64),
    closed_at           timestamptz,
    closed_because      varchar(1000)
);
create index planned_visit_open on planned_visit (young_person_id) where closed_at is null;

-- Leaving-care transitions: one open transition per young person; closed ones stay as history.
create table transition (
    id                  uuid primary key,
    young_person_id     uuid         not null references young_person (id),
    process_instance_id varchar(64)  not null,
    started_at          timestamp(6) with time zone not null,
    started_by          varchar(80)  not null,
    closed_at           timestamp(6) with time zone,
    closure_reason      varchar(2000)
);
create unique index transition_one_open on transition (young_person_id) where closed_at is null;

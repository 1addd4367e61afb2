-- Pathway reviews (domain notes §2b): one open review per young person; closed ones stay as history.
create table pathway_review (
    id                  uuid primary key,
    young_person_id     uuid          not null references young_person (id),
    process_instance_id varchar(64)   not null,
    due_on              date          not null,
    started_at          timestamp(6) with time zone not null,
    started_by          varchar(80)   not null,
    held_on             date,
    closed_at           timestamp(6) with time zone
);
create unique index pathway_review_one_open on pathway_review (young_person_id) where closed_at is null;

-- Significant changes in a young person's life, each of which calls for a review (§2b trigger 3).
create table significant_change (
    id               uuid primary key,
    young_person_id  uuid          not null references young_person (id),
    kind             varchar(24)   not null check (kind in ('MOVE', 'CUSTODY', 'PARENTHOOD', 'LOSS_OF_EET', 'MISSING',
                         'EXPLOITATION_RISK', 'STAYING_PUT_CHANGE', 'HOUSE_PROJECT_MOVE')),
    occurred_on      date          not null,
    detail           varchar(4000),
    recorded_at      timestamp(6) with time zone not null,
    recorded_by      varchar(80)   not null
);
create index significant_change_young_person on significant_change (young_person_id);

-- Why a review is held: the trigger that started it, and every trigger that came while it was open.
create table pathway_review_trigger (
    id                     uuid primary key,
    review_id              uuid          not null references pathway_review (id),
    kind                   varchar(32)   not null check (kind in ('SIX_MONTHLY', 'REQUEST_BY_YOUNG_PERSON', 'REQUEST_BY_ADVISER',
                               'SIGNIFICANT_CHANGE')),
    significant_change_id  uuid references significant_change (id),
    note                   varchar(4000),
    started_review         boolean       not null,
    recorded_at            timestamp(6) with time zone not null,
    recorded_by            varchar(80)   not null,
    check ((kind = 'SIGNIFICANT_CHANGE') = (significant_change_id is not null))
);
create index pathway_review_trigger_review on pathway_review_trigger (review_id);

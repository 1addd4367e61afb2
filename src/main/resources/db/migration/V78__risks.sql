-- Risk flags (issue 16 part 3): a concern raised about a young person, a manager's decision on it, its safety plan and reviews.
create table risk (
    id                  uuid primary key,
    young_person_id     uuid          not null references young_person (id),
    kind                varchar(32)   not null check (kind in ('CRIMINAL_EXPLOITATION', 'SEXUAL_EXPLOITATION', 'MISSING', 'SELF_HARM',
                                                               'HOMELESSNESS', 'SUBSTANCE_MISUSE', 'DOMESTIC_ABUSE')),
    status              varchar(24)   not null check (status in ('AWAITING_DECISION', 'ACTIVE', 'NOT_ACCEPTED', 'CLOSED')),
    raised_at_source    varchar(24)   not null check (raised_at_source in ('VISIT', 'CONTACT', 'FILE', 'SIGNIFICANT_CHANGE')),
    seen_on             date          not null,
    what_was_seen       varchar(4000) not null,
    raised_by           varchar(80)   not null,
    raised_at           timestamptz   not null,
    decision_due_on     date          not null,
    next_review_on      date,
    process_instance_id varchar(64)
);
create index risk_of_young_person on risk (young_person_id);
-- the badges of a page of young people: their active risks only, a small part of all risks
create index risk_active on risk (young_person_id, kind) where status = 'ACTIVE';

-- What happened to a concern, oldest first: raised, decided (with the rationale), each safety plan action, reviews, closing.
create table risk_event (
    id      uuid primary key,
    risk_id uuid          not null references risk (id),
    at      timestamptz   not null,
    kind    varchar(24)   not null,
    by_user varchar(80),
    text    varchar(4000) not null
);
create index risk_event_of_risk on risk_event (risk_id, at);

-- A safety plan's action: an owner chosen from staff, a due date, and the task made for it.
create table safety_plan_action (
    id                  uuid primary key,
    risk_id             uuid          not null references risk (id),
    description         varchar(1000) not null,
    owner_username      varchar(80)   not null,
    due_on              date          not null,
    added_at            timestamptz   not null,
    process_instance_id varchar(64),
    done_at             timestamptz,
    outcome             varchar(4000)
);
create index safety_plan_action_of_risk on safety_plan_action (risk_id);

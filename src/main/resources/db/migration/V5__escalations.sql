-- Escalations of late tasks: one row per stage of an escalation chain, with who was told and who acknowledged it.
create table escalation (
    id                  uuid primary key,
    chain_id            varchar(64)  not null,
    task_id             varchar(64)  not null,
    task_key            varchar(255) not null,
    task_name           varchar(255) not null,
    young_person_id     uuid         not null references young_person (id),
    stage               varchar(20)  not null check (stage in ('TEAM_MANAGER', 'SERVICE_MANAGER', 'HEAD_OF_SERVICE')),
    due_at              timestamp(6) with time zone not null,
    raised_at           timestamp(6) with time zone not null,
    acknowledged_by     varchar(80),
    acknowledged_at     timestamp(6) with time zone,
    resolved_at         timestamp(6) with time zone,
    unique (chain_id, stage)
);
create index escalation_task on escalation (task_id);
create index escalation_young_person on escalation (young_person_id);

create table escalation_recipient (
    escalation_id uuid        not null references escalation (id),
    username      varchar(80) not null,
    primary key (escalation_id, username)
);
create index escalation_recipient_username on escalation_recipient (username);

-- A manager's change of a task's due date, with the reason (the chain is rescheduled from it).
create table due_date_change (
    id          uuid primary key,
    task_id     varchar(64)  not null,
    old_due     date,
    new_due     date         not null,
    reason      varchar(2000) not null,
    changed_by  varchar(80)  not null,
    changed_at  timestamp(6) with time zone not null
);
create index due_date_change_task on due_date_change (task_id);

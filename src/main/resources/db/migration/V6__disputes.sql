-- IRO disputes (domain notes §3): one row per dispute, its stage and outcome; the young person's record of it is
-- dispute_event, one row per step, oldest first.
create table dispute (
    id                      uuid primary key,
    young_person_id         uuid          not null references young_person (id),
    raised_by               varchar(80)   not null,
    raised_at               timestamp(6) with time zone not null,
    issue_type              varchar(40)   not null check (issue_type in ('PLAN_NEEDS_NOT_MET', 'REVIEW_NOT_ON_TIME',
                                'REVIEW_DECISIONS_NOT_CARRIED_OUT', 'DUTIES_NOT_MET', 'DRIFT_AND_DELAY', 'NO_ALLOCATED_WORKER',
                                'POOR_PARTICIPATION', 'OTHER')),
    detail                  varchar(4000) not null,
    informal_resolution_by  date          not null,
    stage                   varchar(20)   not null check (stage in ('INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'HEAD_OF_SERVICE', 'DCS')),
    respondent              varchar(80),
    response_due_at         timestamp(6) with time zone,
    formal_started_at       timestamp(6) with time zone,
    formal_limit_at         timestamp(6) with time zone,
    status                  varchar(20)   not null check (status in ('OPEN', 'RESOLVED', 'UNRESOLVED', 'LIMIT_REACHED')),
    cafcass_referred_at     timestamp(6) with time zone,
    cafcass_note            varchar(4000),
    closed_at               timestamp(6) with time zone,
    process_instance_id     varchar(64)
);
create index dispute_young_person on dispute (young_person_id);
create index dispute_raised_by on dispute (raised_by);
create index dispute_respondent on dispute (respondent);

create table dispute_event (
    id           bigserial primary key,
    dispute_id   uuid         not null references dispute (id),
    at           timestamp(6) with time zone not null,
    kind         varchar(20)  not null check (kind in ('RAISED', 'RESPONSE', 'JUDGEMENT', 'STAGE_CHANGED', 'SKIPPED', 'OVERDUE',
                     'LIMIT_REACHED', 'CAFCASS', 'CLOSED')),
    by_username  varchar(80),
    stage        varchar(20)  not null,
    text         varchar(4000)
);
create index dispute_event_dispute on dispute_event (dispute_id);
create index dispute_event_by on dispute_event (by_username);

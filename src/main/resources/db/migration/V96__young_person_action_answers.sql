-- The young person says whether an action of their plan was done (package youngpersonview, issue 18): kept dated, as their
-- own words, beside the plan; the plan's own status stays the worker's. action_id is the action's id, the same across versions.
create table young_person_action_answer (
    id              uuid primary key,
    young_person_id uuid          not null references young_person (id),
    action_id       uuid          not null,
    plan_version    integer       not null,
    done            boolean       not null,
    comment         varchar(500),
    given_at        timestamp(6) with time zone not null
);
create index young_person_action_answer_person on young_person_action_answer (young_person_id, given_at desc);

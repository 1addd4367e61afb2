-- Pathway plans (domain notes §2b): one row per version of a young person's plan. At most one draft per young person;
-- signed-off versions are history and never change (except the date a copy was given to the young person).
create table pathway_plan (
    id                  uuid primary key,
    young_person_id     uuid          not null references young_person (id),
    version             integer       not null check (version > 0),
    status              varchar(16)   not null check (status in ('DRAFT', 'SIGNED_OFF')),
    based_on_version    integer,
    young_person_views  varchar(8000),
    created_at          timestamp(6) with time zone not null,
    created_by          varchar(80)   not null,
    updated_at          timestamp(6) with time zone not null,
    updated_by          varchar(80)   not null,
    signed_off_at       timestamp(6) with time zone,
    signed_off_by       varchar(80),
    oversight_note      varchar(4000),
    copy_given_on       date,
    unique (young_person_id, version),
    check ((status = 'SIGNED_OFF') = (signed_off_at is not null and signed_off_by is not null and oversight_note is not null)),
    check (status = 'SIGNED_OFF' or copy_given_on is null)
);
create unique index pathway_plan_one_draft on pathway_plan (young_person_id) where status = 'DRAFT';

-- The text of each of the ten headings of a plan version.
create table pathway_plan_heading (
    plan_id  uuid          not null references pathway_plan (id),
    heading  varchar(40)   not null check (heading in ('CONTACT_AND_SUPPORT', 'EDUCATION_AND_TRAINING', 'EMPLOYMENT_OR_ACTIVITY',
                 'CONTINGENCY_PLAN', 'ACCOMMODATION', 'FAMILY_AND_RELATIONSHIPS', 'INDEPENDENT_LIVING_SKILLS', 'FINANCIAL_SUPPORT',
                 'HEALTH', 'IDENTITY')),
    text     varchar(8000) not null,
    primary key (plan_id, heading)
);

-- The actions under a plan version's headings. action_id stays the same when an action is carried into the next version.
create table pathway_plan_action (
    id              uuid primary key,
    plan_id         uuid          not null references pathway_plan (id),
    action_id       uuid          not null,
    heading         varchar(40)   not null,
    position        integer       not null,
    description     varchar(1000) not null,
    owner_username  varchar(80)   not null,
    due_on          date          not null,
    status          varchar(8)    not null check (status in ('OPEN', 'DONE')),
    unique (plan_id, action_id)
);
create index pathway_plan_action_plan on pathway_plan_action (plan_id);
create index pathway_plan_action_owner on pathway_plan_action (owner_username);

-- A referral to a housing authority under the duty to refer (Housing Act 1996 s213B, as inserted by the Homelessness
-- Reduction Act 2017): opened when a worker finds a young person homeless or threatened with homelessness within 56 days,
-- made (or not, without consent) through its task, and closed by the housing authority's outcome.
create table homelessness_referral (
    id                    uuid primary key,
    young_person_id       uuid          not null references young_person (id),
    reason                varchar(32)   not null check (reason in ('HOMELESS', 'THREATENED_WITHIN_56_DAYS')),
    identified_on         date          not null,
    likely_homeless_on    date,
    note                  varchar(4000),
    started_by            varchar(80)   not null,
    started_at            timestamptz   not null,
    process_instance_id   varchar(64),
    refer_due             date          not null,
    referred_on           date,
    housing_authority     varchar(160),
    referred_by           varchar(80),
    outcome_due           date,
    outcome               varchar(24)   check (outcome in ('PREVENTION_DUTY', 'RELIEF_DUTY', 'MAIN_DUTY', 'NO_DUTY', 'NOT_ELIGIBLE', 'WITHDRAWN')),
    outcome_on            date,
    outcome_note          varchar(4000),
    outcome_by            varchar(80),
    not_referred_because  varchar(1000),
    closed_at             timestamptz
);
create index homelessness_referral_young_person on homelessness_referral (young_person_id);
create unique index homelessness_referral_one_open on homelessness_referral (young_person_id) where closed_at is null;

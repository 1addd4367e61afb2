-- Notices sent to a young person about their page (package youngpersonview, issue 18): what about and when, never the text
-- or the contact. event_key makes each event tell them once (e.g. one notice per review booked).
create table young_person_notice (
    id              uuid primary key,
    young_person_id uuid         not null references young_person (id),
    access_id       uuid         not null references young_person_access (id),
    about           varchar(20)  not null check (about in ('REVIEW_BOOKED', 'PLAN_SIGNED_OFF', 'NEW_ADVISER')),
    event_key       varchar(200) not null unique,
    sent_at         timestamp(6) with time zone not null
);
create index young_person_notice_person on young_person_notice (young_person_id, sent_at desc);

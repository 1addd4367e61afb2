-- Issue 16: the lost-touch workflow (app.waypoint.intouch). A row is a time a young person was possibly not in touch
-- (people/contacts InTouchRule), from the flag until a contact made ends it: the re-engagement plan the worker recorded, and
-- a manager's dated "not in touch" decision with its reasons. At most one is open (ended_on null) per young person.
create table lost_touch (
    id                   uuid          primary key,
    young_person_id      uuid          not null references young_person (id),
    flagged_on           date          not null,
    flagged_because      varchar(200)  not null,
    process_instance_id  varchar(64),
    plan_tried           varchar(200),
    plan_notes           varchar(2000),
    plan_recorded_by     varchar(80),
    plan_recorded_at     timestamp(6) with time zone,
    decided_on           date,
    decided_by           varchar(80),
    decision_reasons     varchar(2000),
    decision_recorded_at timestamp(6) with time zone,
    ended_on             date,
    ended_because        varchar(200),
    created_at           timestamp(6) with time zone not null
);
-- One open per young person; the young people list joins it by young person for the flag (one index probe per row).
create unique index lost_touch_open on lost_touch (young_person_id) where ended_on is null;
create index lost_touch_young_person on lost_touch (young_person_id, flagged_on);
-- The last contact made (attempts do not count), for the list, the rule and the nightly scan.
create index young_person_contact_last_made on young_person_contact (young_person_id, contact_on) where outcome = 'MADE';

-- The contact timetable of each young person the council keeps in touch with (issue 16): what was last counted and what is due.
create table contact_timetable (
    young_person_id       uuid primary key references young_person (id),
    process_instance_id   varchar(64),
    started_on            date          not null,
    last_visit_on         date,
    last_contact_on       date,
    due_on                date,
    due_kind              varchar(16)   check (due_kind in ('VISIT', 'CONTACT')),
    due_rule              varchar(500),
    closed_by_hand_on     date,
    closed_by_hand_by     varchar(80),
    closed_by_hand_reason varchar(1000),
    ended_on              date
);

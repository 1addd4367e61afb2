-- The supervision cycle process (bpmn/supervision-cycle.bpmn, domain notes §2c).

-- Each session is driven by one process instance (business key staff:<worker id>), started when it is booked.
alter table supervision_session add column process_instance_id varchar(64);

-- An action agreed in supervision becomes a task for its owner (bpmn/supervision-action.bpmn) once the session is signed
-- off, or at once when agreed as oversight between sessions.
alter table supervision_action add column task_process_instance_id varchar(64);

-- Tasks about a member of staff (their supervision) escalate like any other: such an escalation names the member of staff
-- instead of a young person.
alter table escalation alter column young_person_id drop not null;
alter table escalation add column staff_id uuid references staff (id);
alter table escalation add constraint escalation_about_someone check ((young_person_id is null) <> (staff_id is null));

-- Contacts with a young person (people): the last one feeds supervision's no-contact alerts.
create table young_person_contact (
    id              uuid          primary key,
    young_person_id uuid          not null references young_person (id),
    contact_on      date          not null,
    kind            varchar(16)   not null check (kind in ('VISIT', 'OFFICE', 'PHONE', 'VIDEO', 'MESSAGE')),
    note            varchar(2000),
    recorded_by     varchar(80)   not null,
    recorded_at     timestamp(6) with time zone not null
);
create index young_person_contact_last on young_person_contact (young_person_id, contact_on);

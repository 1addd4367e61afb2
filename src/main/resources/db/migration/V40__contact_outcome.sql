-- A contact is made or only attempted; every contact recorded before this was made.
alter table young_person_contact add column outcome varchar(16) not null default 'MADE';
alter table young_person_contact add constraint young_person_contact_outcome check (outcome in ('MADE', 'ATTEMPTED'));

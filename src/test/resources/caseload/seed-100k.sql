-- Seeds a scratch Waypoint database (schema waypoint, migrated to V36) with 100,000 young people for EXPLAIN ANALYZE of the
-- caseload list: 20 teams of 5,000 young people, each team with a manager, an IRO, 200 social workers (25 young people each)
-- and 150 personal advisers; per young person about 2 care episodes, 2 allocations ended and current, 1.2 accommodation
-- rows, 3 coded statuses, 6 contacts, 1.5 signed-off plans and reviews, and some cohort flags. See README, "The caseload list".
set search_path to waypoint;
begin;
insert into team (id, name) select md5('team' || t)::uuid, 'Team ' || t from generate_series(1, 20) t;
insert into staff (id, username, display_name, role, team_id, started_on)
select md5('staff' || t || '-' || s)::uuid, 'staff.' || t || '.' || s,
       case when s = 0 then 'Manager ' when s = 1 then 'IRO ' when s < 202 then 'Worker ' else 'Adviser ' end || t || '.' || s,
       case when s = 0 then 'MANAGER' when s = 1 then 'IRO' else 'WORKER' end, md5('team' || t)::uuid, current_date - 1000
from generate_series(1, 20) t, generate_series(0, 351) s;

insert into young_person (id, local_id, given_name, family_name, date_of_birth, team_id, uasc, parent, in_custody, disabled, created_at,
                          care_status, status_on, status_until)
select md5('yp' || i)::uuid, 'L' || lpad(i::text, 7, '0'),
       (array['Alex','Sam','Jo','Kim','Lee','Max','Noa','Ola','Pat','Ray','Sky','Tia','Uma','Viv','Wes','Zoe'])[1 + i % 16] || chr(65 + (i / 16) % 26),
       (array['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright','Khan','Walker','Evans','Roberts',
              'Green','Hall','Wood','Clarke','Turner','Hill','Moore','Cooper','Ward','Morris','King'])[1 + (i / 7) % 25] || chr(65 + (i / 175) % 26) || chr(65 + (i / 4550) % 26),
       current_date - (14 * 365 + (i * 7919) % (10 * 365)),
       md5('team' || (1 + i % 20))::uuid, i % 17 = 0, i % 13 = 0, i % 97 = 0, i % 23 = 0, now(),
       (array['LOOKED_AFTER','ELIGIBLE','RELEVANT','FORMER_RELEVANT','FORMER_RELEVANT','FORMER_RELEVANT','QUALIFYING','NONE'])[1 + ((i / 20) * 31) % 8],
       current_date - 1, current_date + 1 + i % 300
from generate_series(1, 100000) i;

insert into care_episode (id, young_person_id, start_date, end_date, legal_basis)
select gen_random_uuid(), yp.id, yp.date_of_birth + 13 * 365, case when yp.date_of_birth + 18 * 365 < current_date then yp.date_of_birth + 18 * 365 end,
       'CARE_ORDER'
from young_person yp;

-- Current social worker (25 each), personal adviser for those over 17 (about 25 each), IRO for the under-18s; one ended allocation each.
insert into allocation (id, young_person_id, staff_id, kind, started_on, ended_on, allocated_by)
select gen_random_uuid(), md5('yp' || i)::uuid, md5('staff' || (1 + i % 20) || '-' || (2 + (i / 20) % 200))::uuid, 'SOCIAL_WORKER',
       current_date - 400, null, 'seed'
from generate_series(1, 100000) i;
insert into allocation (id, young_person_id, staff_id, kind, started_on, ended_on, allocated_by)
select gen_random_uuid(), md5('yp' || i)::uuid, md5('staff' || (1 + i % 20) || '-' || (202 + (i / 20) % 150))::uuid, 'PERSONAL_ADVISER',
       current_date - 300, null, 'seed'
from generate_series(1, 100000) i join young_person yp on yp.id = md5('yp' || i)::uuid where yp.date_of_birth < current_date - 17 * 365;
insert into allocation (id, young_person_id, staff_id, kind, started_on, ended_on, allocated_by)
select gen_random_uuid(), md5('yp' || i)::uuid, md5('staff' || (1 + i % 20) || '-1')::uuid, 'IRO', current_date - 300, null, 'seed'
from generate_series(1, 100000) i join young_person yp on yp.id = md5('yp' || i)::uuid where yp.date_of_birth >= current_date - 18 * 365;
insert into allocation (id, young_person_id, staff_id, kind, started_on, ended_on, allocated_by)
select gen_random_uuid(), md5('yp' || i)::uuid, md5('staff' || (1 + i % 20) || '-' || (2 + (i / 20 + 7) % 200))::uuid, 'SOCIAL_WORKER',
       current_date - 900, current_date - 400, 'seed'
from generate_series(1, 100000) i;

insert into accommodation (id, young_person_id, category, address_or_provider, start_date, planned, shared_housing, suitable, rationale,
                           judged_by, recorded_at, recorded_by)
select gen_random_uuid(), md5('yp' || i)::uuid, (array['D','E','U','K','W','Z','T','B'])[1 + (i + n) % 8], 'Somewhere ' || i,
       current_date - 700 + n * 300 - i % 200, false, (i + n) % 9 = 0, (i + n) % 11 <> 0, 'Seeded judgement', 'seed', now(), 'seed'
from generate_series(1, 100000) i, generate_series(0, 1) n where n = 0 or i % 5 = 0;

insert into coded_status (id, young_person_id, kind, code, effective_on, note, recorded_at, recorded_by)
select gen_random_uuid(), md5('yp' || i)::uuid, 'ACTIVITY', (array['F1','F2','F5','P5','G4','G5','G6','0'])[1 + (i + n) % 8],
       current_date - 500 + n * 200 - i % 150, null, now(), 'seed'
from generate_series(1, 100000) i, generate_series(0, 1) n;
insert into coded_status (id, young_person_id, kind, code, effective_on, note, recorded_at, recorded_by)
select gen_random_uuid(), md5('yp' || i)::uuid, 'IN_TOUCH', (array['YES','YES','YES','NO','REFU','NREQ'])[1 + i % 6],
       current_date - i % 400, 'Seeded', now(), 'seed'
from generate_series(1, 100000) i;

insert into young_person_contact (id, young_person_id, contact_on, kind, note, recorded_by, recorded_at)
select gen_random_uuid(), md5('yp' || i)::uuid, current_date - (n * 37 + i % 90), 'VISIT', null, 'seed', now()
from generate_series(1, 100000) i, generate_series(0, 5) n;

insert into pathway_plan (id, young_person_id, version, status, created_at, created_by, updated_at, updated_by, signed_off_at,
                          signed_off_by, oversight_note)
select gen_random_uuid(), md5('yp' || i)::uuid, v, 'SIGNED_OFF', now(), 'seed', now(), 'seed',
       now() - ((3 - v) * 180 + i % 120) * interval '1 day', 'seed', 'Seeded'
from generate_series(1, 100000) i, generate_series(1, 2) v where v = 2 or i % 2 = 0;
insert into pathway_review (id, young_person_id, process_instance_id, due_on, started_at, started_by, held_on, closed_at)
select gen_random_uuid(), md5('yp' || i)::uuid, 'seed-' || i || '-' || n, current_date - 200 + n * 190 - i % 60, now(), 'seed',
       case when n = 0 then current_date - 210 - i % 60 end, case when n = 0 then now() end
from generate_series(1, 100000) i, generate_series(0, 1) n where n = 0 or i % 10 = 0;

insert into cohort_flag (id, young_person_id, flag, flag_set, effective_on, detail, reason, recorded_at, recorded_by)
select gen_random_uuid(), md5('yp' || i)::uuid, (array['STAYING_PUT','HOUSE_PROJECT','UASC','YOUNG_PARENT'])[1 + i % 4], true,
       current_date - i % 300, null, 'Seeded', now(), 'seed'
from generate_series(1, 100000) i where i % 7 = 0;
commit;
vacuum analyze;

-- Issue 19: the engine's tasks keep waypoint.task_subject (application migration V103) true: a row when a task is created,
-- naming the young person or member of staff its process is about (its business key: the young person's id, or
-- staff:<id>) and their team; none for a task of a process about neither; the row goes when the task does. A business
-- key that is not an id names nobody (never an error that would fail the engine's command).
create or replace function waypoint.task_subject_task_created() returns trigger language plpgsql as $$
declare
    business_key varchar;
    subject varchar;
begin
    select e.business_key_ into business_key from public.act_ru_execution e where e.id_ = new.proc_inst_id_;
    subject := case when business_key like 'staff:%' then substr(business_key, 7) else business_key end;
    if subject is null or subject !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
        return null;
    end if;
    if business_key like 'staff:%' then
        insert into waypoint.task_subject (task_id, staff_id, team_id)
        select new.id_, s.id, s.team_id from waypoint.staff s where s.id = cast(subject as uuid)
        on conflict (task_id) do nothing;
    else
        insert into waypoint.task_subject (task_id, young_person_id, team_id)
        select new.id_, yp.id, yp.team_id from waypoint.young_person yp where yp.id = cast(subject as uuid)
        on conflict (task_id) do nothing;
    end if;
    return null;
end
$$;

create or replace function waypoint.task_subject_task_gone() returns trigger language plpgsql as $$
begin
    delete from waypoint.task_subject where task_id = old.id_;
    return null;
end
$$;

-- The triggers first: creating them waits for the transactions writing tasks to end and holds new ones until this
-- migration commits, so the tasks copied below are all there are (none created between the copy and the triggers).
create trigger wp_task_subject_created after insert on act_ru_task for each row execute function waypoint.task_subject_task_created();
create trigger wp_task_subject_gone after delete on act_ru_task for each row execute function waypoint.task_subject_task_gone();

-- The open tasks of an existing database (about 3 s per 100,000 open tasks).
insert into waypoint.task_subject (task_id, young_person_id, team_id)
select t.id_, yp.id, yp.team_id
from act_ru_task t
         join act_ru_execution e on e.id_ = t.proc_inst_id_
         join waypoint.young_person yp on cast(yp.id as varchar) = e.business_key_
on conflict (task_id) do nothing;

insert into waypoint.task_subject (task_id, staff_id, team_id)
select t.id_, s.id, s.team_id
from act_ru_task t
         join act_ru_execution e on e.id_ = t.proc_inst_id_
         join waypoint.staff s on 'staff:' || cast(s.id as varchar) = e.business_key_
on conflict (task_id) do nothing;

-- Issue 19: the engine's tasks keep every column of waypoint.task_subject (application migration V104) true: a row for every
-- open task, about someone or not, with the columns a tasklist filters, sorts and shows, copied again whenever the engine
-- changes one of them (a claim, a new due date, a process migration). Whom a task is about is found as in V33: its process's
-- business key, a young person's id or staff:<id>; a key that is neither names no one (never an error that would fail the
-- engine's command).
create or replace function waypoint.task_subject_task_created() returns trigger language plpgsql as $$
declare
    business_key varchar;
    subject      varchar;
    person       uuid;
    member       uuid;
    team         uuid;
begin
    select e.business_key_ into business_key from public.act_ru_execution e where e.id_ = new.proc_inst_id_;
    subject := case when business_key like 'staff:%' then substr(business_key, 7) else business_key end;
    if subject ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
        if business_key like 'staff:%' then
            select s.id, s.team_id into member, team from waypoint.staff s where s.id = cast(subject as uuid);
        else
            select yp.id, yp.team_id into person, team from waypoint.young_person yp where yp.id = cast(subject as uuid);
        end if;
    end if;
    insert into waypoint.task_subject (task_id, young_person_id, staff_id, team_id, name, task_key, process_definition_id,
                                       process_instance_id, assignee, created, due, follow_up, priority, suspension_state)
    values (new.id_, person, member, team, new.name_, new.task_def_key_, new.proc_def_id_, new.proc_inst_id_, new.assignee_,
            new.create_time_, new.due_date_, new.follow_up_date_, new.priority_, new.suspension_state_)
    on conflict (task_id) do nothing;
    return null;
end
$$;

create or replace function waypoint.task_subject_task_changed() returns trigger language plpgsql as $$
begin
    update waypoint.task_subject
    set name = new.name_, task_key = new.task_def_key_, process_definition_id = new.proc_def_id_, assignee = new.assignee_,
        due = new.due_date_, follow_up = new.follow_up_date_, priority = new.priority_, suspension_state = new.suspension_state_
    where task_id = new.id_;
    return null;
end
$$;

-- The trigger first: creating it waits for the transactions writing tasks to end and holds new ones until this migration
-- commits, so the copy below sees every task as it is (none changed or created between the copy and the triggers).
create trigger wp_task_subject_changed after update on act_ru_task for each row
    when (old.name_ is distinct from new.name_ or old.task_def_key_ is distinct from new.task_def_key_
        or old.proc_def_id_ is distinct from new.proc_def_id_ or old.assignee_ is distinct from new.assignee_
        or old.due_date_ is distinct from new.due_date_ or old.follow_up_date_ is distinct from new.follow_up_date_
        or old.priority_ is distinct from new.priority_ or old.suspension_state_ is distinct from new.suspension_state_)
    execute function waypoint.task_subject_task_changed();

-- The open tasks of an existing database: their columns, and a row for those about no one.
update waypoint.task_subject s
set name = t.name_, task_key = t.task_def_key_, process_definition_id = t.proc_def_id_, process_instance_id = t.proc_inst_id_,
    assignee = t.assignee_, created = t.create_time_, due = t.due_date_, follow_up = t.follow_up_date_, priority = t.priority_,
    suspension_state = t.suspension_state_
from act_ru_task t
where t.id_ = s.task_id;

insert into waypoint.task_subject (task_id, name, task_key, process_definition_id, process_instance_id, assignee, created, due,
                                   follow_up, priority, suspension_state)
select t.id_, t.name_, t.task_def_key_, t.proc_def_id_, t.proc_inst_id_, t.assignee_, t.create_time_, t.due_date_,
       t.follow_up_date_, t.priority_, t.suspension_state_
from act_ru_task t
on conflict (task_id) do nothing;

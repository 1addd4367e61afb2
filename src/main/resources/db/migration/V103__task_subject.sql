-- Issue 19: whom each open task is about (a young person, or a member of staff for a process such as a worker's supervision)
-- and the team responsible for them, kept beside the engine's task, so that a manager's tasklist is one range of an index
-- ("the tasks of these teams") instead of every young person of the team joined to their processes and tasks (README
-- "Performance", "Tasklists by the team kept beside the task").
--
-- Written by the database itself, never by the service: triggers on the engine's task table add a row when a task is created
-- and remove it when the task is completed or deleted (engine migration V33, as the engine's tables may not exist yet when
-- this runs), and the triggers below move a young person's or member of staff's tasks with them when their team changes.
-- Any writer (a replica of an older version during a rolling update, a process migration) keeps it true.
create table task_subject (
    task_id         varchar(64) primary key,
    young_person_id uuid,
    staff_id        uuid,
    team_id         uuid,
    constraint task_subject_one_subject check (num_nonnulls(young_person_id, staff_id) = 1)
);

create index task_subject_team on task_subject (team_id, task_id);
create index task_subject_young_person on task_subject (young_person_id) where young_person_id is not null;
create index task_subject_staff on task_subject (staff_id) where staff_id is not null;

create function task_subject_young_person_moved() returns trigger language plpgsql as $$
begin
    update waypoint.task_subject set team_id = new.team_id where young_person_id = new.id;
    return null;
end
$$;

create trigger task_subject_young_person_moved after update of team_id on young_person
    for each row when (old.team_id is distinct from new.team_id) execute function task_subject_young_person_moved();

create function task_subject_staff_moved() returns trigger language plpgsql as $$
begin
    update waypoint.task_subject set team_id = new.team_id where staff_id = new.id;
    return null;
end
$$;

create trigger task_subject_staff_moved after update of team_id on staff
    for each row when (old.team_id is distinct from new.team_id) execute function task_subject_staff_moved();

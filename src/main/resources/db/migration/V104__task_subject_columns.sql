-- Issue 19: waypoint.task_subject becomes the tasklist's own copy of every open task: beside whom the task is about and their
-- team (V103), the engine's columns that a tasklist filters, sorts and shows, and a row also for a task about no one. A page
-- of a manager's team tasks is then read from this one narrow table, never probing the engine's task table once for each of
-- the team's 1,500 tasks to find which are unassigned and when they are due (README "Performance", "The tasklist's copy of
-- the open tasks").
--
-- Written by the database itself, as in V103: engine migration V34 adds the trigger that copies a task's changes (assignee,
-- due date, ...) and fills the columns for the tasks already open.
alter table task_subject drop constraint task_subject_one_subject;
alter table task_subject add constraint task_subject_at_most_one_subject check (num_nonnulls(young_person_id, staff_id) <= 1);

alter table task_subject
    add column name                  varchar(255),
    add column task_key              varchar(255),
    add column process_definition_id varchar(64),
    add column process_instance_id   varchar(64),
    add column assignee              varchar(255),
    add column created               timestamp,
    add column due                   timestamp,
    add column follow_up             timestamp,
    add column priority              integer,
    add column suspension_state      integer;

-- A caller's own tasks (their tray, and "mine or my team's" as one bitmap of two indexes).
create index task_subject_assignee on task_subject (assignee, due, task_id) where assignee is not null;

-- The open tasks with the engine's column names (and whom each is about), so that the same conditions (RES.ASSIGNEE_ = ...,
-- RES.DUE_DATE_ < ...) select from it as from ACT_RU_TASK: TaskSql's queries run on this view.
create view open_task as
select task_id               as id_,
       name                  as name_,
       task_key              as task_def_key_,
       process_definition_id as proc_def_id_,
       process_instance_id   as proc_inst_id_,
       assignee              as assignee_,
       created               as create_time_,
       due                   as due_date_,
       follow_up             as follow_up_date_,
       priority              as priority_,
       suspension_state      as suspension_state_,
       young_person_id,
       staff_id,
       team_id
from task_subject;

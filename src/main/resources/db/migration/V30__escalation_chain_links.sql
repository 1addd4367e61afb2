-- Issue 19: which TaskEscalationProcess instance watches which task. Stopping a chain (completion, reassignment, due-date
-- change) finds it here by its primary key; it used to ask the engine for the instance whose variable taskId held the task
-- id, which PostgreSQL can only answer by reading every escalation variable (ACT_RU_VARIABLE has no index on values).
create table escalation_chain (
    task_id             varchar(64) primary key,
    process_instance_id varchar(64) not null
);

-- The chains already running (an existing database; on a fresh one the engine's tables do not exist yet)
do $$
begin
    if to_regclass('public.act_ru_variable') is not null then
        insert into escalation_chain (task_id, process_instance_id)
        select v.text_, v.proc_inst_id_
        from public.act_ru_variable v
                 join public.act_ru_execution e on e.id_ = v.proc_inst_id_ and e.parent_id_ is null
                 join public.act_re_procdef d on d.id_ = e.proc_def_id_
        where d.key_ = 'TaskEscalationProcess' and v.name_ = 'taskId' and v.execution_id_ = v.proc_inst_id_ and v.text_ is not null
        on conflict (task_id) do nothing;
    end if;
end
$$;

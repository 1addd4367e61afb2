package app.waypoint.tasks.domain.task;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.Page;
import app.waypoint.tasks.domain.events.TaskFacts;
import app.waypoint.tasks.domain.visibility.TaskSql;
import app.waypoint.tasks.domain.visibility.TeamCandidateGroups;
import app.waypoint.tasks.domain.visibility.VisibleTasks;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Reading the tasklist: the tasks a caller may see, one task, and the facts of open tasks that other features need. */
@ApplicationScoped
public class TaskQueries {

    /** The name of the young person a task's process is about, to sort by (none for a process about a member of staff). */
    private static final String YOUNG_PERSON_NAME =
            "(select lower(YP.FAMILY_NAME || ' ' || YP.GIVEN_NAME) from waypoint.young_person YP where YP.ID = RES.YOUNG_PERSON_ID)";

    private final VisibleTasks visibleTasks;
    private final TaskAccess access;
    private final TaskService tasks;
    private final TaskMapper mapper;
    private final WaypointClock clock;
    private final ProcessSteps steps;
    private final AgroalDataSource dataSource;

    TaskQueries(VisibleTasks visibleTasks, TaskAccess access, TaskService tasks, TaskMapper mapper, WaypointClock clock, ProcessSteps steps,
                AgroalDataSource dataSource) {
        this.steps = steps;
        this.dataSource = dataSource;
        this.visibleTasks = visibleTasks;
        this.access = access;
        this.tasks = tasks;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Page<TaskResponse> list(TaskFilter filter, Caller caller) {
        TaskSql.Slice slice = matching(filter, caller)
                .page(dataSource, orderBy(filter), filter.paging().offset(), filter.paging().size());
        return new Page<>(mapper.rowsToResponses(slice.items(), caller), slice.total(), filter.paging().page(), filter.paging().size());
    }

    @Transactional
    public TaskResponse get(String taskId, Caller caller) {
        return access.response(taskId, caller);
    }

    /** The steps of the task's process in flow order, done, current or not reached; 404 or 409 as {@link #get}. */
    @Transactional
    public List<StepResponse> steps(String taskId, Caller caller) {
        Task task = access.visible(taskId, caller);
        return steps.of(task.getProcessDefinitionId(), task.getProcessInstanceId());
    }

    /** The caller's own open tasks in one process instance, soonest due first: e.g. the step after one they just completed. */
    @Transactional
    public List<TaskResponse> assignedInProcess(String processInstanceId, Caller caller) {
        return mapper.toResponses(visibleTasks.query(caller)
                .and("RES.PROC_INST_ID_ = #{processInstanceId}").with("processInstanceId", processInstanceId)
                .and("RES.ASSIGNEE_ = #{caller}").with("caller", caller.username())
                .list(tasks, "RES.DUE_DATE_ asc, RES.ID_ asc"), caller);
    }

    /** What other features need to know about an open task (no visibility check: for processes, not callers). */
    @Transactional
    public Optional<TaskFacts> facts(String taskId) {
        return access.facts(taskId);
    }

    /**
     * The open tasks assigned to a member of staff that are past their due date and about a young person, most overdue first
     * (no visibility check: for a supervision agenda, which the worker's supervisor reads).
     */
    @Transactional
    public List<TaskFacts> overdueAssignedTo(String username) {
        return tasks.createTaskQuery().active().taskAssignee(username).dueBefore(Date.from(clock.now())).orderByDueDate().asc().list()
                .stream().map(access::factsOf).filter(task -> task.youngPersonId() != null).toList();
    }

    /** Every open task of a process instance (no visibility check: for features that have checked the caller themselves). */
    @Transactional
    public List<TaskFacts> openTasksOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(task -> access.facts(task.getId()).orElseThrow())
                .toList();
    }

    /** The open task of a process instance at one step, if it is waiting there (no visibility check: for processes, not callers). */
    @Transactional
    public Optional<TaskFacts> openTask(String processInstanceId, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        return task == null ? Optional.empty() : access.facts(task.getId());
    }

    /**
     * The open tasks the caller may see that match the filter's criteria. Their own ("mine") need no visibility join: everyone
     * may see the tasks assigned to them.
     */
    public TaskSql matching(TaskFilter filter, Caller caller) {
        TaskSql query = filter.scopeValue() == TaskFilter.Scope.MINE ? visibleTasks.own(caller) : visibleTasks.query(caller);
        switch (filter.scopeValue()) {
            case MINE, ALL -> { }
            case TEAM -> query.and("RES.ASSIGNEE_ is null").and("RES.ID_ in (select TASK_ID_ from ACT_RU_IDENTITYLINK"
                            + " where TYPE_ = 'candidate' and GROUP_ID_ in (#{teamWorkers}, #{teamManagers}))")
                    .with("teamWorkers", TeamCandidateGroups.of(StaffRole.WORKER.roleName(), String.valueOf(caller.teamId())))
                    .with("teamManagers", TeamCandidateGroups.of(StaffRole.MANAGER.roleName(), String.valueOf(caller.teamId())));
            case OFFERED -> query.and("RES.ASSIGNEE_ is null").and("RES.ID_ in (select TASK_ID_ from ACT_RU_IDENTITYLINK"
                            + " where TYPE_ = 'candidate' and GROUP_ID_ = #{offeredTo})")
                    .with("offeredTo", TeamCandidateGroups.of(caller.role().roleName(), String.valueOf(caller.teamId())));
        }
        if (filter.youngPersonId() != null) {
            query.and("RES.YOUNG_PERSON_ID = cast(#{youngPerson} as uuid)").with("youngPerson", filter.youngPersonId().toString());
        }
        if (filter.processKey() != null) {
            query.and("RES.PROC_DEF_ID_ in (select ID_ from ACT_RE_PROCDEF where KEY_ = #{processKey})").with("processKey", filter.processKey());
        }
        Date now = Date.from(clock.now());
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.and("RES.DUE_DATE_ < #{now}").with("now", now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.and("(RES.DUE_DATE_ > #{now} or RES.DUE_DATE_ is null)").with("now", now);
        }
        if (filter.dueBefore() != null) {
            query.and("RES.DUE_DATE_ < #{dueBefore}").with("dueBefore", Date.from(WaypointClock.startOf(filter.dueBefore())));
        }
        if (filter.dueAfter() != null) {
            query.and("RES.DUE_DATE_ > #{dueAfter}").with("dueAfter", Date.from(WaypointClock.endOf(filter.dueAfter())));
        }
        TaskFilter.FollowUp followUp = filter.followUpValue();
        if (followUp != null) {
            query.with("tomorrow", Date.from(WaypointClock.startOf(clock.today().plusDays(1))));
            switch (followUp) {
                case TODAY -> query.and("RES.FOLLOW_UP_DATE_ < #{tomorrow}");
                case LATER -> query.and("RES.FOLLOW_UP_DATE_ >= #{tomorrow}");
                case NOTLATER -> query.and("(RES.FOLLOW_UP_DATE_ is null or RES.FOLLOW_UP_DATE_ < #{tomorrow})");
            }
        }
        return query;
    }

    private static String orderBy(TaskFilter filter) {
        String column = switch (filter.sortValue()) {
            case DUE -> "RES.DUE_DATE_";
            case CREATED -> "RES.CREATE_TIME_";
            case PRIORITY -> "RES.PRIORITY_";
            case YOUNGPERSON -> YOUNG_PERSON_NAME;
            case STEP -> "lower(RES.NAME_)";
        };
        return column + (filter.descending() ? " desc" : " asc") + ", RES.ID_ asc";
    }
}

package app.waypoint.tasks.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Engine tasks to tasklist rows: adds the young person, the process name, the due day and whether it is overdue. */
@ApplicationScoped
class TaskMapper {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskForms forms;
    private final YoungPersonService youngPeople;
    private final WaypointClock clock;
    private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

    TaskMapper(RepositoryService repository, RuntimeService runtime, TaskService tasks, TaskForms forms, YoungPersonService youngPeople,
               WaypointClock clock) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.forms = forms;
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    TaskResponse toResponse(Task task, boolean withForm) {
        ProcessDefinition definition = definitions.computeIfAbsent(task.getProcessDefinitionId(), repository::getProcessDefinition);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        YoungPersonFacts youngPerson = instance == null ? null
                : BusinessKeys.youngPerson(instance.getBusinessKey()).map(youngPeople::facts).orElse(null);
        LocalDate due = task.getDueDate() == null ? null : WaypointClock.dayOf(task.getDueDate().toInstant());
        boolean overdue = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(clock.now());
        List<String> groups = TeamCandidateGroups.roles(tasks.getIdentityLinksForTask(task.getId()));
        return new TaskResponse(task.getId(), task.getName(), task.getTaskDefinitionKey(), definition.getKey(), definition.getName(),
                youngPerson == null ? null : youngPerson.id(), youngPerson == null ? null : youngPerson.name(), task.getAssignee(), groups,
                task.getCreateTime().toInstant(), due, overdue, task.getPriority(), withForm ? forms.describe(task.getId()) : null);
    }
}

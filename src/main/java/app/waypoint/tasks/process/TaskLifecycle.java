package app.waypoint.tasks.process;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.engine.UserTaskListener;
import app.waypoint.shared.BusinessKeys;
import app.waypoint.tasks.domain.events.TaskEvents.Closed;
import app.waypoint.tasks.domain.events.TaskEvents.DeadlineSet;
import app.waypoint.tasks.domain.events.TaskFacts;
import app.waypoint.tasks.domain.visibility.TeamCandidateGroups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Listens to the engine's task events: offers each new task to its team (a model names the role, e.g. {@code worker};
 * the group {@code worker:<teamId>} offers it to that team's workers only), and tells other features when a task with a
 * deadline appears and when a task closes.
 */
@ApplicationScoped
class TaskLifecycle implements UserTaskListener {

    static final String TEAM_ID = "teamId";

    private final Event<DeadlineSet> deadlines;
    private final Event<Closed> closures;

    TaskLifecycle(Event<DeadlineSet> deadlines, Event<Closed> closures) {
        this.deadlines = deadlines;
        this.closures = closures;
    }

    @Override
    public void created(DelegateTask task) {
        // the process's variable, read from the task's execution: a new task has no variables of its own, and reading through
        // the task asked the database for them (one statement for each task opened)
        String teamId = task.getExecution() == null ? null : ProcessVariables.of(task.getExecution()).string(TEAM_ID);
        if (teamId != null) {
            TeamCandidateGroups.roles(TeamCandidateGroups.groups(task.getCandidates())).forEach(role -> task.addCandidateGroup(TeamCandidateGroups.of(role, teamId)));
        }
        if (task.getDueDate() != null) {
            deadlines.fire(new DeadlineSet(facts(task)));
        }
    }

    @Override
    public void closed(DelegateTask task, boolean completed) {
        closures.fire(new Closed(task.getId(), completed));
    }

    static TaskFacts facts(DelegateTask task) {
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        return new TaskFacts(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                BusinessKeys.youngPerson(businessKey).orElse(null), task.getDueDate().toInstant(), task.getProcessInstanceId(),
                BusinessKeys.staff(businessKey).orElse(null), processKey(task));
    }

    /** The key of the task's process, from the engine's cache of deployed definitions (no query). */
    private static String processKey(DelegateTask task) {
        return task.getProcessDefinitionId() == null ? null
                : task.getProcessEngineServices().getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }
}

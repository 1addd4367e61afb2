package app.waypoint.supervision.domain.sessions;

import app.waypoint.engine.ProcessGateway;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.supervision.domain.records.SupervisionActionStatus;
import app.waypoint.supervision.process.SupervisionActionProcess;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Supervision actions as tasks for their owners (bpmn/supervision-action.bpmn, one instance per action, business key the
 * young person): started once agreed, moved to the new due date when a session re-dates the action, gone when a session
 * closes it. Completing the task closes the action.
 */
@ApplicationScoped
class SupervisionActionTasks {

    private final ProcessGateway processes;
    private final YoungPersonService youngPeople;

    SupervisionActionTasks(ProcessGateway processes, YoungPersonService youngPeople) {
        this.processes = processes;
        this.youngPeople = youngPeople;
    }

    /** The action's task, due on its due date; none is started twice for one action. */
    void start(SupervisionAction action) {
        if (action.taskProcessInstanceId != null || action.status != SupervisionActionStatus.OPEN) {
            return;
        }
        action.taskProcessInstanceId = processes.start(SupervisionActionProcess.KEY, action.youngPersonId.toString(), Map.of(
                SupervisionActionProcess.VAR_YOUNG_PERSON_ID, action.youngPersonId.toString(),
                SupervisionActionProcess.VAR_TEAM_ID, youngPeople.facts(action.youngPersonId).teamId().toString(),
                SupervisionActionProcess.VAR_ACTION_ID, action.id.toString(),
                SupervisionActionProcess.VAR_ACTION_OWNER, action.owner,
                SupervisionActionProcess.VAR_ACTION_DESCRIPTION, action.description));
        Log.debugf("Supervision action %s is a task for its owner (process %s)", action.id, action.taskProcessInstanceId);
    }

    /** A session re-dated the action: its task starts again, due on the new date. */
    void redated(SupervisionAction action) {
        tell(action, SupervisionActionProcess.MSG_ACTION_REDATED);
    }

    /** A session closed the action: its task goes. */
    void closed(SupervisionAction action) {
        tell(action, SupervisionActionProcess.MSG_ACTION_CLOSED);
    }

    private void tell(SupervisionAction action, String message) {
        if (action.taskProcessInstanceId != null && processes.isRunning(action.taskProcessInstanceId)) {
            processes.correlate(message, action.taskProcessInstanceId, Map.of());
        }
    }
}

package app.waypoint.engine;

import app.waypoint.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/** The only door from features into the engine's runtime: start processes, send them messages, ask where they are. */
@ApplicationScoped
public class ProcessGateway {

    private static final List<String> STEP_TYPES = List.of("userTask", "serviceTask", "intermediateTimer", "receiveTask",
            "intermediateMessageCatch");

    private final RuntimeService runtime;
    private final HistoryService history;

    ProcessGateway(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    /** Starts the latest version of a process and returns the new instance's id. */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    /** Delivers a message to one process instance; 409 when the instance is not waiting for it. */
    public void correlate(String messageName, String processInstanceId, Map<String, Object> variables) {
        try {
            runtime.createMessageCorrelation(messageName).processInstanceId(processInstanceId).setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("process-not-waiting", "The process is not in a state that accepts this request.");
        }
    }

    /** Delivers a message to one process instance if it is still waiting for it; an instance that has ended is fine. */
    public void correlateIfWaiting(String messageName, String processInstanceId) {
        runtime.createMessageCorrelation(messageName).processInstanceId(processInstanceId).correlateAllWithResult();
    }

    /** The steps an instance is at now (waiting tasks and timers), by element id and name. */
    public List<Step> currentSteps(String processInstanceId) {
        return waitingActivities(history, processInstanceId).stream()
                .map(activity -> new Step(activity.getActivityId(), activity.getActivityName()))
                .toList();
    }

    /** The activities an instance is waiting at (tasks, timers, messages), oldest first. */
    static List<HistoricActivityInstance> waitingActivities(HistoryService history, String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).unfinished().list().stream()
                .filter(activity -> STEP_TYPES.contains(activity.getActivityType()))
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .toList();
    }

    public boolean isRunning(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    /** A BPMN element an instance is waiting at. */
    public record Step(String id, String name) {
    }
}

package app.waypoint.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.PvmScope;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;

/**
 * What a deployed model says about its steps, read from the process definition the engine has parsed and keeps in its
 * deployment cache. Not through the BPMN model API ({@code RepositoryService.getBpmnModelInstance}): once used, that keeps
 * its compiled XML schema (17 MB) and every model's XML document it has read (7 MB for one version of each model) in the
 * heap for the life of the service (README "Memory").
 */
@ApplicationScoped
public class DeployedSteps {

    private static final Set<String> START_EVENTS = Set.of(ActivityTypes.START_EVENT, ActivityTypes.START_EVENT_TIMER,
            ActivityTypes.START_EVENT_MESSAGE, ActivityTypes.START_EVENT_SIGNAL, ActivityTypes.START_EVENT_CONDITIONAL,
            ActivityTypes.START_EVENT_ERROR, ActivityTypes.START_EVENT_ESCALATION, ActivityTypes.START_EVENT_COMPENSATION);

    private final RepositoryServiceImpl repository;

    DeployedSteps(ProcessEngine engine) {
        // the engine's own service, not the CDI bean standing for it, which is a proxy of the interface
        this.repository = (RepositoryServiceImpl) engine.getRepositoryService();
    }

    /** A step of a model: its id (e.g. {@code Task_AssessNeeds}) and its name, or its id when it has none. */
    public record Step(String id, String name) {
    }

    /**
     * The model's user tasks in the order its flow reaches them from its start events, breadth first (into a subprocess from
     * its own start events, once the flow reaches it); those no flow reaches from a start (e.g. after a boundary event, or in
     * an event subprocess) follow, in the model's order.
     */
    public List<Step> userTasksInFlowOrder(String processDefinitionId) {
        PvmScope process = repository.getDeployedProcessDefinition(processDefinitionId);
        Deque<PvmActivity> next = new ArrayDeque<>(startEvents(process));
        Set<PvmActivity> seen = new LinkedHashSet<>();
        List<Step> steps = new ArrayList<>();
        while (!next.isEmpty()) {
            PvmActivity activity = next.poll();
            if (!seen.add(activity)) {
                continue;
            }
            if (isUserTask(activity)) {
                steps.add(step(activity));
            }
            next.addAll(startEvents(activity));
            activity.getOutgoingTransitions().stream().map(PvmTransition::getDestination).forEach(next::add);
        }
        activities(process).filter(activity -> isUserTask(activity) && !seen.contains(activity)).forEach(activity -> steps.add(step(activity)));
        return List.copyOf(steps);
    }

    /** Whether the model has a step for a person (a user task), at any depth. */
    public boolean hasUserTasks(String processDefinitionId) {
        return activities(repository.getDeployedProcessDefinition(processDefinitionId)).anyMatch(DeployedSteps::isUserTask);
    }

    /** The name of one of the model's elements, e.g. "Send reminder"; empty if it has none or the model has no such element. */
    public Optional<String> stepName(String processDefinitionId, String stepId) {
        return Optional.ofNullable(repository.getDeployedProcessDefinition(processDefinitionId).findActivity(stepId))
                .map(activity -> (String) activity.getProperty("name"));
    }

    /** Every activity of a scope and of the scopes within it, each scope's in the model's order before those within it. */
    private static Stream<PvmActivity> activities(PvmScope scope) {
        return scope.getActivities().stream().flatMap(activity -> Stream.concat(Stream.of(activity), activities(activity)));
    }

    /** The start events directly within a scope (a process, or a subprocess the flow has reached). */
    private static List<PvmActivity> startEvents(PvmScope scope) {
        return scope.getActivities().stream().filter(activity -> START_EVENTS.contains((String) activity.getProperty("type")))
                .map(PvmActivity.class::cast).toList();
    }

    private static boolean isUserTask(PvmActivity activity) {
        return ActivityTypes.TASK_USER_TASK.equals(activity.getProperty("type"));
    }

    private static Step step(PvmActivity activity) {
        String name = (String) activity.getProperty("name");
        return new Step(activity.getId(), name == null ? activity.getId() : name);
    }
}

package app.waypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * A deployed model's steps as the tasklist's step list and filters show them, read from the engine's parsed definition: the
 * same steps in the same order as a walk of the model's XML finds.
 */
@QuarkusTest
class DeployedStepsTest {

    private final DeployedSteps steps;
    private final RepositoryService repository;

    DeployedStepsTest(DeployedSteps steps, RepositoryService repository) {
        this.steps = steps;
        this.repository = repository;
    }

    @Test
    void shouldListATransitionsStepsInTheOrderItsFlowReachesThem() {
        assertThat(steps.userTasksInFlowOrder(latest("LeavingCareTransitionProcess").getId())).extracting(DeployedSteps.Step::name)
                .containsExactly("Appoint personal adviser", "Assess needs", "Write pathway plan", "Decide staying put", "Approve staying put",
                        "Prepare health summary", "Transfer to personal adviser", "Offer support to 25", "Close transition");
    }

    @Test
    void shouldListEveryModelsStepsInTheOrderOfAWalkOfItsXml() {
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            List<String> expected = walkOfTheXml(repository.getBpmnModelInstance(definition.getId()));

            assertThat(steps.userTasksInFlowOrder(definition.getId())).as(definition.getKey()).extracting(DeployedSteps.Step::id)
                    .containsExactlyElementsOf(expected);
            assertThat(steps.hasUserTasks(definition.getId())).as(definition.getKey()).isEqualTo(!expected.isEmpty());
        }
    }

    @Test
    void shouldNameAStepAndNothingForAnElementTheModelDoesNotHave() {
        String transition = latest("LeavingCareTransitionProcess").getId();

        assertThat(steps.stepName(transition, "Task_AssessNeeds")).contains("Assess needs");
        assertThat(steps.stepName(transition, "Task_NoSuchStep")).isEmpty();
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    /** The model's user tasks breadth first from its start events, into a subprocess once reached; the rest in document order. */
    private static List<String> walkOfTheXml(BpmnModelInstance model) {
        Deque<FlowNode> next = new ArrayDeque<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            process.getChildElementsByType(StartEvent.class).forEach(next::add);
        }
        Set<FlowNode> seen = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        while (!next.isEmpty()) {
            FlowNode node = next.poll();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof UserTask task) {
                found.add(task.getId());
            }
            if (node instanceof SubProcess sub) {
                next.addAll(sub.getChildElementsByType(StartEvent.class));
            }
            node.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::add);
        }
        model.getModelElementsByType(UserTask.class).stream().filter(task -> !seen.contains(task)).forEach(task -> found.add(task.getId()));
        return found;
    }
}

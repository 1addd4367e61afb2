package app.waypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.engine.ProcessMigrations.Migration;
import app.waypoint.testsupport.EngineJobs;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * A model change shipped with instances running (README "Upgrading running processes"): the leaving-care transition as it was
 * at commit 4d0eb7e (a task listener, since removed, checked the pathway plan on completing "Write pathway plan"; the current
 * model checks it in a service step after the task), kept in {@code src/test/resources/bpmn-versions}. Instances started on it
 * move to the current version with their tasks as they were.
 */
@QuarkusTest
class ProcessMigrationsTest {

    private static final String TRANSITION = "LeavingCareTransitionProcess";
    private static final String OLDER_MODEL = "/bpmn-versions/leaving-care-transition-4d0eb7e.bpmn";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    EngineJobs jobs;
    @Inject
    TransitionService transitions;
    @Inject
    ProcessMigrations migrations;
    @Inject
    RepositoryService repository;
    @Inject
    RuntimeService runtime;
    @Inject
    TaskService tasks;

    @Test
    void shouldMoveRunningTransitionsToTheNewModelWithTheirTasksWhenTheModelChanges() throws IOException {
        // given two transitions started while the older model was the latest
        ProcessDefinition older = deploy("waypoint-older-transition", olderModel());
        List<String> instances = List.of(startTransition(), startTransition());
        assertThat(instances).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(older.getId()));
        Map<String, Task> before = openTasks(instances);
        assertThat(before).isNotEmpty();

        // when the current model is deployed and the running instances are migrated (a batch the job executor works through)
        ProcessDefinition current = deploy("waypoint-current-transition", ProcessModels.load().get("leaving-care-transition.bpmn"));
        List<Migration> migrated = migrations.migrateToLatest(TRANSITION);
        jobs.runDue();

        // then the older version's instances moved to the current one, none refused
        assertThat(migrated).filteredOn(migration -> migration.fromVersion() == older.getVersion()).singleElement()
                .satisfies(migration -> {
                    assertThat(migration.toVersion()).isEqualTo(current.getVersion());
                    assertThat(migration.instances()).isGreaterThanOrEqualTo(2);
                    assertThat(migration.batchId()).isNotNull();
                    assertThat(migration.refusal()).isNull();
                });
        assertThat(instances).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(current.getId()));
        // and every open task is the same task: same id, step, assignee and due date, now of the current model
        Map<String, Task> after = openTasks(instances);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((id, task) -> {
            Task was = before.get(id);
            assertThat(task.getTaskDefinitionKey()).isEqualTo(was.getTaskDefinitionKey());
            assertThat(task.getAssignee()).isEqualTo(was.getAssignee());
            assertThat(task.getDueDate()).isEqualTo(was.getDueDate());
            assertThat(task.getProcessDefinitionId()).isEqualTo(current.getId());
        });
        // and the current model's service step that replaced the removed listener is there for them to reach
        ModelElementInstance confirmation = repository.getBpmnModelInstance(current.getId()).getModelElementById("Task_ConfirmPathwayPlanWritten");
        assertThat(confirmation).isNotNull();
    }

    private String startTransition() {
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID youngPerson = people.youngPerson(team, today.minusYears(15).minusMonths(10), today.minusYears(2), false);
        transitions.start(youngPerson, team.managerCaller());
        return runtime.createProcessInstanceQuery().processDefinitionKey(TRANSITION).processInstanceBusinessKey(youngPerson.toString())
                .singleResult().getId();
    }

    private ProcessDefinition deploy(String name, byte[] model) {
        String deployment = repository.createDeployment().name(name)
                .addInputStream("leaving-care-transition.bpmn", new ByteArrayInputStream(model)).deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
    }

    private static byte[] olderModel() throws IOException {
        try (InputStream in = ProcessMigrationsTest.class.getResourceAsStream(OLDER_MODEL)) {
            return in.readAllBytes();
        }
    }

    private String definitionOf(String instanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getProcessDefinitionId();
    }

    private Map<String, Task> openTasks(List<String> instanceIds) {
        return instanceIds.stream().flatMap(id -> tasks.createTaskQuery().processInstanceId(id).list().stream())
                .collect(Collectors.toMap(Task::getId, Function.identity()));
    }
}

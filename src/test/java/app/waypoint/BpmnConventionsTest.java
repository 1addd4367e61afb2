package app.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enforces the BPMN naming and modelling rules of STYLE.md (Synthesis §3 and §4) on every model in {@code bpmn/}.
 *
 * <p>Each check collects all violations across all models, so one run lists everything that needs fixing.
 */
class BpmnConventionsTest {

    private static final Path BPMN_DIR = Path.of("bpmn");

    private static final String PASCAL_CASE = "[A-Z][A-Za-z0-9]*";
    private static final Pattern KEBAB_CASE_BPMN_FILE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.bpmn");
    private static final Pattern PROCESS_ID = Pattern.compile(PASCAL_CASE + "Process");
    private static final Pattern CONDITIONAL_FLOW_ID = Pattern.compile("SequenceFlow_" + PASCAL_CASE);
    /** Unconditional flows may keep Modeler-generated ids such as Flow_0x1y2z3 (STYLE.md §3). */
    private static final Pattern PLAIN_FLOW_ID = Pattern.compile("(Flow|SequenceFlow)_[A-Za-z0-9]+");
    private static final Pattern MESSAGE_ID = Pattern.compile("Message_(" + PASCAL_CASE + ")");
    private static final Pattern ERROR_ID = Pattern.compile("Error_(" + PASCAL_CASE + ")");

    private static List<Model> models;

    private record Model(String fileName, BpmnModelInstance instance) {
    }

    @BeforeAll
    static void readModels() throws IOException {
        models = new ArrayList<>();
        for (Path file : bpmnFolderEntries()) {
            if (file.getFileName().toString().endsWith(".bpmn")) {
                try {
                    models.add(new Model(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile())));
                } catch (RuntimeException e) {
                    throw new AssertionError(file + " is not a valid BPMN 2.0 model: " + e.getMessage(), e);
                }
            }
        }
    }

    @Test
    void shouldKeepOnlyKebabCaseBpmnFilesInBpmnFolder() throws IOException {
        List<Path> entries = bpmnFolderEntries();

        assertThat(entries).as("models in %s", BPMN_DIR.toAbsolutePath()).isNotEmpty();
        assertThat(entries)
                .extracting(entry -> entry.getFileName().toString())
                .allSatisfy(name -> assertThat(name)
                        .as("file name in bpmn/ (kebab-case, .bpmn)")
                        .matches(KEBAB_CASE_BPMN_FILE));
    }

    @Test
    void shouldHaveExactlyOneExecutableProcessInEveryModel() {
        assertThat(violationsInEveryModel(BpmnConventionsTest::processViolations)).isEmpty();
    }

    @Test
    void shouldHaveSemanticIdsInEveryModel() {
        assertThat(violationsInEveryModel(BpmnConventionsTest::flowNodeIdViolations)).isEmpty();
    }

    @Test
    void shouldNameSequenceFlowsByKindInEveryModel() {
        assertThat(violationsInEveryModel(BpmnConventionsTest::sequenceFlowIdViolations)).isEmpty();
    }

    @Test
    void shouldPairMessageAndErrorNamesInEveryModel() {
        assertThat(violationsInEveryModel(BpmnConventionsTest::messageAndErrorViolations)).isEmpty();
    }

    @Test
    void shouldReferenceDelegatesByExpressionInEveryModel() {
        assertThat(violationsInEveryModel(BpmnConventionsTest::delegateViolations)).isEmpty();
    }

    @Test
    void shouldGiveEveryUserTaskNameCandidateGroupsAndDueDateInEveryModel() {
        assertThat(violationsInEveryModel(BpmnConventionsTest::userTaskViolations)).isEmpty();
    }

    @Test
    void shouldHaveCompleteDiagramInEveryModel() {
        assertThat(violationsInEveryModel(BpmnConventionsTest::diagramViolations)).isEmpty();
    }

    /** Guards the checks themselves: a model that breaks the rules must be reported by each of them. */
    @Test
    void shouldReportViolationsInBadlyNamedModel() {
        BpmnModelInstance bad = Bpmn.createExecutableProcess("pathway_review")
                .startEvent("start")
                .userTask("UserTask_1")
                .exclusiveGateway("Gateway_Approved").name("Approved?")
                .condition("yes", "${approved}")
                .serviceTask("Task_NotifyTeam").camundaClass("app.waypoint.NotifyTeam")
                .endEvent("EndEvent_Notified")
                .moveToLastGateway()
                .condition("no", "${!approved}")
                .endEvent("EndEvent_Rejected")
                .done();
        Message message = bad.newInstance(Message.class);
        message.setId("Message_ReviewSubmitted");
        message.setName("ReviewSubmitted");
        bad.getDefinitions().addChildElement(message);
        bad.getModelElementsByType(Process.class).forEach(process -> process.setCamundaHistoryTimeToLiveString(null));
        BpmnShape userTaskShape = bad.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> "UserTask_1".equals(shape.getBpmnElement().getId()))
                .findFirst()
                .orElseThrow();
        userTaskShape.getParentElement().removeChildElement(userTaskShape);

        assertThat(processViolations("bad.bpmn", bad)).anyMatch(v -> v.contains("PascalCase"))
                .anyMatch(v -> v.contains("historyTimeToLive"));
        assertThat(flowNodeIdViolations("bad.bpmn", bad)).anyMatch(v -> v.contains("'start'"));
        assertThat(sequenceFlowIdViolations("bad.bpmn", bad)).isNotEmpty();
        assertThat(messageAndErrorViolations("bad.bpmn", bad)).anyMatch(v -> v.contains("Msg_ReviewSubmitted"));
        assertThat(delegateViolations("bad.bpmn", bad)).anyMatch(v -> v.contains("Task_NotifyTeam"));
        assertThat(userTaskViolations("bad.bpmn", bad)).anyMatch(v -> v.contains("candidateGroups"))
                .anyMatch(v -> v.contains("dueDate"));
        assertThat(diagramViolations("bad.bpmn", bad)).anyMatch(v -> v.contains("UserTask_1"));
    }

    // checks: each returns human-readable violations for one model ----------------------------------------------

    private static List<String> processViolations(String file, BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        if (processes.size() != 1) {
            violations.add(file + ": has " + processes.size() + " processes, expected exactly one");
        }
        for (Process process : processes) {
            String where = file + ": process '" + process.getId() + "'";
            if (!process.isExecutable()) {
                violations.add(where + " is not executable");
            }
            if (!PROCESS_ID.matcher(process.getId()).matches()) {
                violations.add(where + " id must be PascalCase ending in 'Process'");
            }
            if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
                violations.add(where + " has no camunda:historyTimeToLive");
            }
        }
        return violations;
    }

    private static List<String> flowNodeIdViolations(String file, BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String prefix = expectedPrefix(node);
            if (!Pattern.matches(prefix + PASCAL_CASE, String.valueOf(node.getId()))) {
                violations.add(file + ": " + node.getElementType().getTypeName() + " '" + node.getId()
                        + "' must be named " + prefix + "<PascalCase>");
            }
        }
        return violations;
    }

    private static String expectedPrefix(FlowNode node) {
        if (node instanceof StartEvent) {
            return "StartEvent_";
        }
        if (node instanceof EndEvent) {
            return "EndEvent_";
        }
        if (node instanceof BoundaryEvent) {
            return "BoundaryEvent_";
        }
        if (node instanceof IntermediateCatchEvent catchEvent
                && !catchEvent.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
            return "TimerEvent_";
        }
        if (node instanceof IntermediateCatchEvent || node instanceof IntermediateThrowEvent) {
            return "Event_";
        }
        if (node instanceof Task) {
            return "Task_";
        }
        if (node instanceof Gateway) {
            return "Gateway_";
        }
        if (node instanceof SubProcess) {
            return "SubProcess_";
        }
        if (node instanceof CallActivity) {
            return "CallActivity_";
        }
        return "Unsupported" + node.getElementType().getTypeName() + "_";
    }

    private static List<String> sequenceFlowIdViolations(String file, BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            String id = String.valueOf(flow.getId());
            if (flow.getConditionExpression() != null) {
                if (!CONDITIONAL_FLOW_ID.matcher(id).matches()) {
                    violations.add(file + ": conditional flow '" + id + "' must be named SequenceFlow_<Question><Answer>");
                }
            } else if (!PLAIN_FLOW_ID.matcher(id).matches()) {
                violations.add(file + ": flow '" + id + "' must be named Flow_<Name> or SequenceFlow_<Name>");
            }
        }
        return violations;
    }

    private static List<String> messageAndErrorViolations(String file, BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        for (Message message : model.getModelElementsByType(Message.class)) {
            Matcher id = MESSAGE_ID.matcher(String.valueOf(message.getId()));
            if (!id.matches()) {
                violations.add(file + ": message '" + message.getId() + "' must be named Message_<Event>");
            } else if (!("Msg_" + id.group(1)).equals(message.getName())) {
                violations.add(file + ": message '" + message.getId() + "' must have name 'Msg_" + id.group(1)
                        + "', not '" + message.getName() + "'");
            }
        }
        for (Error error : model.getModelElementsByType(Error.class)) {
            Matcher id = ERROR_ID.matcher(String.valueOf(error.getId()));
            if (!id.matches()) {
                violations.add(file + ": error '" + error.getId() + "' must be named Error_<Condition>");
            } else if (!("Err_" + id.group(1)).equals(error.getErrorCode())) {
                violations.add(file + ": error '" + error.getId() + "' must have errorCode 'Err_" + id.group(1)
                        + "', not '" + error.getErrorCode() + "'");
            }
        }
        return violations;
    }

    private static List<String> delegateViolations(String file, BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkDelegate(file, task, task.getCamundaDelegateExpression(), task.getCamundaClass(),
                    task.getCamundaExpression(), violations);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            checkDelegate(file, task, task.getCamundaDelegateExpression(), task.getCamundaClass(),
                    task.getCamundaExpression(), violations);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            if (listener.getCamundaClass() != null) {
                violations.add(file + ": execution listener uses camunda:class '" + listener.getCamundaClass()
                        + "'; use camunda:delegateExpression");
            }
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            if (listener.getCamundaClass() != null) {
                violations.add(file + ": task listener uses camunda:class '" + listener.getCamundaClass()
                        + "'; use camunda:delegateExpression");
            }
        }
        return violations;
    }

    private static void checkDelegate(String file, BaseElement task, String delegateExpression, String javaClass,
            String expression, List<String> violations) {
        String where = file + ": " + task.getElementType().getTypeName() + " '" + task.getId() + "'";
        if (isBlank(delegateExpression)) {
            violations.add(where + " must use camunda:delegateExpression=\"${beanName}\"");
        }
        if (javaClass != null) {
            violations.add(where + " must not use camunda:class (it bypasses CDI)");
        }
        if (expression != null) {
            violations.add(where + " must not use camunda:expression");
        }
    }

    private static List<String> userTaskViolations(String file, BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = file + ": user task '" + task.getId() + "'";
            if (isBlank(task.getName())) {
                violations.add(where + " has no name");
            }
            if (isBlank(task.getCamundaCandidateGroups())) {
                violations.add(where + " has no camunda:candidateGroups");
            }
            if (isBlank(task.getCamundaDueDate())) {
                violations.add(where + " has no camunda:dueDate");
            }
        }
        return violations;
    }

    private static List<String> diagramViolations(String file, BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
            violations.add(file + ": has no bpmndi:BPMNDiagram");
        }
        Set<String> shapes = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null) {
                shapes.add(shape.getBpmnElement().getId());
            }
        }
        Set<String> edges = new HashSet<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() == null) {
                continue;
            }
            edges.add(edge.getBpmnElement().getId());
            if (edge.getWaypoints().size() < 2) {
                violations.add(file + ": edge of '" + edge.getBpmnElement().getId() + "' has fewer than two waypoints");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!shapes.contains(node.getId())) {
                violations.add(file + ": flow node '" + node.getId() + "' has no BPMNShape");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!edges.contains(flow.getId())) {
                violations.add(file + ": sequence flow '" + flow.getId() + "' has no BPMNEdge");
            }
        }
        return violations;
    }

    // helpers -------------------------------------------------------------------------------------------------

    private static List<String> violationsInEveryModel(BiFunction<String, BpmnModelInstance, List<String>> check) {
        assertThat(models).as("models read from %s", BPMN_DIR.toAbsolutePath()).isNotEmpty();
        List<String> violations = new ArrayList<>();
        for (Model model : models) {
            violations.addAll(check.apply(model.fileName(), model.instance()));
        }
        return violations;
    }

    private static List<Path> bpmnFolderEntries() throws IOException {
        try (Stream<Path> entries = Files.list(BPMN_DIR)) {
            return entries.sorted().toList();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

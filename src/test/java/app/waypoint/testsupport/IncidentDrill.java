package app.waypoint.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A one-step test process, "Incident drill", whose step "Send drill letter" fails (as a mail server that refuses a letter
 * would) until {@link #fixCause()}: run until its retries are out, it stops with an engine incident. Test-only: deployed by
 * the first drill, never from {@code bpmn/}.
 */
@ApplicationScoped
public class IncidentDrill {

    public static final String PROCESS_KEY = "IncidentDrillProcess";
    public static final String PROCESS_NAME = "Incident drill";
    public static final String STEP_ID = "Task_SendDrillLetter";
    public static final String STEP_NAME = "Send drill letter";
    /** What the failing step throws: an address and a quoted name, which no page or notice may show. */
    public static final String ERROR = "Mail server refused the letter to jo.bloggs@example.org for 'Jo Bloggs'";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final DrillLetter letter;

    IncidentDrill(RepositoryService repository, RuntimeService runtime, ManagementService management, DrillLetter letter) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.letter = letter;
    }

    /** Starts a drill for the business key and runs its step until the engine gives up; answers the stopped job's id. */
    public String stoppedStep(UUID businessKey) {
        deploy();
        letter.fail(true);
        String instanceId = runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey.toString()).getId();
        Job job = job(instanceId);
        while (job.getRetries() > 0) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the step failed, as drilled; the engine has taken one retry off
            }
            job = job(instanceId);
        }
        return job.getId();
    }

    /** From now on the step succeeds (the mail server is back). */
    public void fixCause() {
        letter.fail(false);
    }

    /** Runs a job that has been given another attempt, as the job executor would at once. */
    public void runAgain(String jobId) {
        try {
            management.executeJob(jobId);
        } catch (RuntimeException failedAgain) {
            // left for the test to see: the job has an exception again
        }
    }

    /** Whether the drill of this business key is still running (it ends right after its one step). */
    public boolean running(UUID businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey.toString()).count() > 0;
    }

    /** Ends every drill still running, so that no incident is left for other tests. */
    public void cleanUp() {
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test over", true, true));
        letter.fail(true);
    }

    private Job job(String instanceId) {
        return management.createJobQuery().processInstanceId(instanceId).singleResult();
    }

    private void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).name(PROCESS_NAME).camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_DrillStarted")
                .serviceTask(STEP_ID).name(STEP_NAME).camundaAsyncBefore().camundaDelegateExpression("${drillLetter}")
                .endEvent("EndEvent_DrillLetterSent")
                .done();
        repository.createDeployment().name("incident-drill").addModelInstance("incident-drill.bpmn", model)
                .enableDuplicateFiltering(true).deploy();
    }

    /** The drill's step: fails until told otherwise (through a method: a field set on the bean's client proxy would not reach it). */
    @Named("drillLetter")
    @ApplicationScoped
    public static class DrillLetter implements JavaDelegate {

        private volatile boolean failing = true;

        void fail(boolean failing) {
            this.failing = failing;
        }

        @Override
        public void execute(DelegateExecution execution) {
            if (failing) {
                throw new IllegalStateException(ERROR);
            }
        }
    }
}

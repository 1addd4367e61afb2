package app.waypoint.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the engine's due jobs (timers) in the test thread, after the test clock has been moved: no sleeping. The nightly
 * scans (the timer start events of {@code bpmn/*-scan.bpmn}) act on every young person in the shared test database, so they
 * run only when a test asks for them ({@link #runDueWithNightlyScans()}); otherwise a trip through 01:00 leaves them due.
 */
@ApplicationScoped
public class EngineJobs {

    /** Enough for a nightly scan's passes of 2 young people each (application.properties) over the tests' shared data. */
    private static final int MAX_ROUNDS = 500;

    private final ManagementService management;

    EngineJobs(ManagementService management) {
        this.management = management;
    }

    /** Executes every job that is due now but the nightly scans, and the jobs those create, until none is due. */
    public int runDue() {
        return run(false);
    }

    /** As {@link #runDue()}, and the nightly scans that are due run too (once each, whatever the nights passed). */
    public int runDueWithNightlyScans() {
        return run(true);
    }

    private int run(boolean withNightlyScans) {
        int ran = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(job -> withNightlyScans || !isNightlyScan(job))
                    .toList();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("Jobs kept becoming due after " + MAX_ROUNDS + " rounds");
    }

    /**
     * Reschedules every timer start event (e.g. the nightly eligibility scan) from the clock's now. A cycle computes its
     * next run from the time it last ran, so after a trip to the future it stays due there when the clock is put back. (An
     * escalation chain's step is a timer of no process at all, due at a fixed time: left alone.)
     */
    public void rescheduleStartTimers() {
        management.createJobQuery().timers().list().stream()
                .filter(EngineJobs::isNightlyScan)
                .forEach(job -> management.recalculateJobDuedate(job.getId(), false));
    }

    /** A timer start event's job: it belongs to a process definition but to no instance yet. */
    private static boolean isNightlyScan(Job job) {
        return job.getProcessInstanceId() == null && job.getProcessDefinitionKey() != null;
    }
}

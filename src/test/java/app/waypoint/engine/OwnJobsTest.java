package app.waypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

/** Cancelling a feature's own timer job removes it, and with it the incident of one that has failed for good. */
@QuarkusTest
class OwnJobsTest {

    /** A handler that exists; the jobs here are due a year ahead, so no job executor runs them. */
    private static final String HANDLER = "escalation-step";

    private final OwnJobs jobs;
    private final ManagementService management;
    private final RuntimeService runtime;

    OwnJobsTest(OwnJobs jobs, ManagementService management, RuntimeService runtime) {
        this.jobs = jobs;
        this.management = management;
        this.runtime = runtime;
    }

    @Test
    void shouldRemoveAWaitingJobWhenItIsCancelled() {
        String jobId = scheduled();

        QuarkusTransaction.requiringNew().run(() -> jobs.cancel(jobId));

        assertThat(management.createJobQuery().jobId(jobId).count()).isZero();
    }

    @Test
    void shouldRemoveAFailedJobAndItsIncidentWhenItIsCancelled() {
        // given a job whose retries ran out, with the incident the engine raised for it
        String jobId = scheduled();
        management.setJobRetries(jobId, 0);
        assertThat(runtime.createIncidentQuery().configuration(jobId).count()).isOne();

        QuarkusTransaction.requiringNew().run(() -> jobs.cancel(jobId));

        assertThat(management.createJobQuery().jobId(jobId).count()).isZero();
        assertThat(runtime.createIncidentQuery().configuration(jobId).count()).isZero();
    }

    @Test
    void shouldAcceptCancellingAJobThatIsAlreadyGone() {
        String jobId = scheduled();
        QuarkusTransaction.requiringNew().run(() -> jobs.cancel(jobId));

        QuarkusTransaction.requiringNew().run(() -> jobs.cancel(jobId));

        assertThat(management.createJobQuery().jobId(jobId).count()).isZero();
    }

    private String scheduled() {
        String jobId = jobs.newId();
        QuarkusTransaction.requiringNew().run(() -> jobs.schedule(jobId, HANDLER, Instant.now().plus(Duration.ofDays(365)), "{}"));
        assertThat(management.createJobQuery().jobId(jobId).count()).isOne();
        return jobId;
    }
}

package app.waypoint.escalations.domain;

import app.waypoint.escalations.process.TaskEscalationProcess;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * The escalation chains' timer jobs: one job in the engine's job table ({@code ACT_RU_JOB}) per running chain, due when its
 * next step fires and run by the job executor through {@code TaskEscalationProcess.STEP_JOB}'s handler. Being an engine
 * job, a step is locked by one replica's job executor and runs once across replicas, and survives restarts. Each call joins
 * the engine command already running (a task listener, a job) or runs as one inside the caller's transaction.
 */
@ApplicationScoped
class ChainJobs {

    private final ProcessEngine engine;

    ChainJobs(ProcessEngine engine) {
        this.engine = engine;
    }

    /** A new job id from the engine's generator, for a job scheduled later in the same transaction. */
    String newId() {
        return configuration().getIdGenerator().getNextId();
    }

    /** Schedules a step: one insert when the transaction commits. */
    void schedule(String jobId, ChainStep step) {
        run(commandContext -> {
            TimerEntity timer = new TimerEntity();
            timer.setId(jobId);
            timer.setJobHandlerType(TaskEscalationProcess.STEP_JOB);
            timer.setJobHandlerConfigurationRaw(step.text());
            timer.setDuedate(Date.from(step.at()));
            commandContext.getJobManager().schedule(timer);
            return null;
        });
    }

    /** Cancels a scheduled step (a job already gone, e.g. the chain's last step has run, is fine). */
    void cancel(String jobId) {
        run(commandContext -> {
            JobEntity job = commandContext.getJobManager().findJobById(jobId);
            if (job != null) {
                job.delete();
            }
            return null;
        });
    }

    private void run(Command<Void> command) {
        configuration().getCommandExecutorTxRequired().execute(command);
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}

package app.waypoint.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * Timer jobs of the features' own handlers ({@link OwnJobHandler}), belonging to no process instance: one row in the engine's
 * job table ({@code ACT_RU_JOB}), due at a given time and run by the job executor like any job, so locked by one replica, run
 * once across replicas and kept across restarts. Each call joins the engine command already running (a task listener, a
 * job) or runs as one inside the caller's transaction.
 */
@ApplicationScoped
public class OwnJobs {

    private final ProcessEngine engine;

    OwnJobs(ProcessEngine engine) {
        this.engine = engine;
    }

    /** A new job id from the engine's generator, for a job scheduled later in the same transaction. */
    public String newId() {
        return configuration().getIdGenerator().getNextId();
    }

    /** Schedules a job of the handler {@code type}, due at {@code at}: one insert when the transaction commits. */
    public void schedule(String jobId, String type, Instant at, String jobConfiguration) {
        run(commandContext -> {
            TimerEntity timer = new TimerEntity();
            timer.setId(jobId);
            timer.setJobHandlerType(type);
            timer.setJobHandlerConfigurationRaw(jobConfiguration);
            timer.setDuedate(Date.from(at));
            commandContext.getJobManager().schedule(timer);
            return null;
        });
    }

    /** Cancels a scheduled job (one already gone, e.g. run, is fine): the job read, its incidents looked up, the job deleted. */
    public void cancel(String jobId) {
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

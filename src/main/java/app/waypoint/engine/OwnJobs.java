package app.waypoint.engine;

import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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

    private static final String DELETE_WAITING = "delete from act_ru_job where id_ = ? and exception_stack_id_ is null and lock_owner_ is null and retries_ > 0";

    private final ProcessEngine engine;
    private final PlainSql sql;

    OwnJobs(ProcessEngine engine, PlainSql sql) {
        this.engine = engine;
        this.sql = sql;
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

    /**
     * Cancels a scheduled job (one already gone, e.g. run, is fine). A job waiting as scheduled is one plain delete: it has
     * nothing else to remove, and these handlers write no job log ({@link CaseworkHistory}). The engine does it otherwise (the
     * job read, its incidents looked up, the job and its stack trace deleted): for a job that has failed, one a job executor
     * has locked, or one this engine command has loaded (the job running now), whose row the engine itself will write. The
     * engine's way took 6 % of a completion's CPU (JFR, README "Performance").
     */
    public void cancel(String jobId) {
        if (!loadedByThisCommand(jobId) && sql.update(DELETE_WAITING, jobId) == 1) {
            return;
        }
        run(commandContext -> {
            JobEntity job = commandContext.getJobManager().findJobById(jobId);
            if (job != null) {
                job.delete();
            }
            return null;
        });
    }

    private static boolean loadedByThisCommand(String jobId) {
        CommandContext command = Context.getCommandContext();
        return command != null && command.getDbEntityManager().getCachedEntity(JobEntity.class, jobId) != null;
    }

    private void run(Command<Void> command) {
        configuration().getCommandExecutorTxRequired().execute(command);
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}

package app.waypoint.engine;

import app.waypoint.shared.WaypointException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Runs several engine calls as one engine command, so that they share its cache: a task, its execution, definition and
 * variables are read once, not once per call (README "Performance": a completion's visibility check, form check and
 * completion read the task once instead of three times). The engine calls made inside join this command; its writes are
 * flushed when it ends, inside the caller's transaction.
 * <p>
 * A refusal of ours inside the command (a form with errors, a step not allowed) still rolls the command back, but reaches
 * the engine as a bad user request, which it logs at debug level rather than as an engine error, and leaves here as itself.
 */
@ApplicationScoped
public class EngineCommands {

    private final ProcessEngine engine;

    EngineCommands(ProcessEngine engine) {
        this.engine = engine;
    }

    public <T> T inOneCommand(Supplier<T> work) {
        return run(configuration().getCommandExecutorTxRequired(), work);
    }

    /**
     * Runs the work as an engine command of its own, in a transaction of its own (the caller's waits meanwhile), committed when
     * it ends whatever the caller's then does: for a job that does many independent things, e.g. the nightly scan opening a
     * transition for each young person due one, so that each is kept or refused alone, and the engine lets go of each one's
     * entities when it ends (in the job's own command they all stayed in its cache until the job ended).
     */
    public <T> T inNewTransaction(Supplier<T> work) {
        return run(configuration().getCommandExecutorTxRequiresNew(), work);
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    private static <T> T run(CommandExecutor executor, Supplier<T> work) {
        try {
            return executor.execute(commandContext -> {
                try {
                    return work.get();
                } catch (WaypointException refused) {
                    throw new Refused(refused);
                }
            });
        } catch (Refused refused) {
            throw refused.refusal;
        }
    }

    /** Carries a refusal of ours through the engine's command context as a bad user request. */
    private static final class Refused extends BadUserRequestException {

        private final transient WaypointException refusal;

        private Refused(WaypointException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }
    }
}

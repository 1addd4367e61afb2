package app.waypoint.engine;

import app.waypoint.shared.WaypointException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

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
        try {
            return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                    .execute(commandContext -> {
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

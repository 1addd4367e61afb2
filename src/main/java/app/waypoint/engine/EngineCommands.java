package app.waypoint.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Runs several engine calls as one engine command, so that they share its cache: a task, its execution, definition and
 * variables are read once, not once per call (README "Performance": a completion's visibility check, form check and
 * completion read the task once instead of three times). The engine calls made inside join this command; its writes are
 * flushed when it ends, inside the caller's transaction.
 */
@ApplicationScoped
public class EngineCommands {

    private final ProcessEngine engine;

    EngineCommands(ProcessEngine engine) {
        this.engine = engine;
    }

    public <T> T inOneCommand(Supplier<T> work) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> work.get());
    }
}

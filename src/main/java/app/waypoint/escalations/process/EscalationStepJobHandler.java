package app.waypoint.escalations.process;

import app.waypoint.engine.OwnJobHandler;
import app.waypoint.escalations.domain.EscalationChains;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a chain's step when its timer job comes due ({@link TaskEscalationProcess#STEP_JOB}, registered with the engine by
 * EngineConfiguration). The job belongs to no process instance; its configuration is the step.
 */
@ApplicationScoped
class EscalationStepJobHandler implements OwnJobHandler {

    private final EscalationChains chains;

    EscalationStepJobHandler(EscalationChains chains) {
        this.chains = chains;
    }

    @Override
    public String type() {
        return TaskEscalationProcess.STEP_JOB;
    }

    @Override
    public void run(String jobId, String step) {
        chains.fire(jobId, step);
    }
}

package app.waypoint.escalations.process;

import app.waypoint.escalations.domain.EscalationChains;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Runs a chain's step when its timer job comes due ({@link TaskEscalationProcess#STEP_JOB}; registered with the engine as a
 * custom job handler by EngineConfiguration). The job belongs to no process instance; its configuration is the step.
 */
@ApplicationScoped
class EscalationStepJobHandler implements JobHandler<EscalationStepJobHandler.Step> {

    private final EscalationChains chains;

    EscalationStepJobHandler(EscalationChains chains) {
        this.chains = chains;
    }

    @Override
    public String getType() {
        return TaskEscalationProcess.STEP_JOB;
    }

    @Override
    public void execute(Step step, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        chains.fire(commandContext.getCurrentJob().getId(), step.text());
    }

    @Override
    public Step newConfiguration(String canonicalString) {
        return new Step(canonicalString);
    }

    @Override
    public void onDelete(Step step, JobEntity job) {
        // nothing kept beside the job
    }

    /** The step as the domain wrote it (EscalationChains, ChainStep#text). */
    record Step(String text) implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return text;
        }
    }
}

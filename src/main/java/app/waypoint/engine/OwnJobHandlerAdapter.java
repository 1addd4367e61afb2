package app.waypoint.engine;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** A feature's {@link OwnJobHandler} as the engine's job handler: the job's configuration is passed on as its raw text. */
final class OwnJobHandlerAdapter implements JobHandler<OwnJobHandlerAdapter.Text> {

    private final OwnJobHandler handler;
    private final String type;

    OwnJobHandlerAdapter(OwnJobHandler handler) {
        this.handler = handler;
        this.type = handler.type();
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public void execute(Text configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        handler.run(commandContext.getCurrentJob().getId(), configuration.text());
    }

    @Override
    public Text newConfiguration(String canonicalString) {
        return new Text(canonicalString);
    }

    @Override
    public void onDelete(Text configuration, JobEntity job) {
        // nothing kept beside the job
    }

    /** The job's configuration as the feature wrote it. */
    record Text(String text) implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return text;
        }
    }
}

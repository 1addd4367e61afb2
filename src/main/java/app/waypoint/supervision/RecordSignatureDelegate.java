package app.waypoint.supervision;

import static app.waypoint.supervision.SupervisionCycleProcess.VAR_SESSION_ID;
import static app.waypoint.supervision.SupervisionCycleProcess.VAR_SIGNED_AS;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Records the signature of whoever completed a sign-off task; the model says whose signature it is ({@code signedAs}). */
@Named
@Dependent
class RecordSignatureDelegate implements JavaDelegate {

    private final SupervisionSteps steps;

    RecordSignatureDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.sign(UUID.fromString((String) execution.getVariable(VAR_SESSION_ID)), "WORKER".equals(execution.getVariable(VAR_SIGNED_AS)),
                completedBy(execution));
    }

    /** The member of staff who completed the step (the tasklist authenticates them to the engine). */
    static String completedBy(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user == null) {
            throw new IllegalStateException("A step that acts for a member of staff ran without one");
        }
        return user.getUserId();
    }
}

package app.waypoint.houseproject;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** A delegate of the House Project move: typed reads of its variables, and who completed the step it follows. */
abstract class StepDelegate implements JavaDelegate {

    protected final HouseProjectSteps steps;

    StepDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    static UUID membershipId(VariableScope scope) {
        return UUID.fromString(text(scope, HouseProjectMoveProcess.VAR_MEMBERSHIP_ID));
    }

    static String text(VariableScope scope, String name) {
        return (String) scope.getVariable(name);
    }

    static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    static long number(VariableScope scope, String name) {
        return ((Number) scope.getVariable(name)).longValue();
    }

    static LocalDate day(VariableScope scope, String name) {
        return HouseProjectSchedule.localDate((Date) scope.getVariable(name));
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

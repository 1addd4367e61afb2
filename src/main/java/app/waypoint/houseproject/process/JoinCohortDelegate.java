package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_COHORT_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_COHORT_LEAD;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;
import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_NEXT_SESSION_ON;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Gives the young person the place offered in a cohort (409, task stays open, when it is full). */
@Named
@Dependent
class JoinCohortDelegate implements JavaDelegate {

    private final HouseProjectSteps steps;

    JoinCohortDelegate(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        HouseProjectSteps.Joined joined = steps.joinCohort(variables.uuid(VAR_MEMBERSHIP_ID), variables.string(VAR_COHORT_ID));
        execution.setVariable(VAR_COHORT_LEAD, joined.lead());
        execution.setVariable(VAR_NEXT_SESSION_ON, joined.firstSession().toString());
    }
}

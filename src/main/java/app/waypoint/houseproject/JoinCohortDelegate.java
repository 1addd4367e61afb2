package app.waypoint.houseproject;

import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_COHORT_ID;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_COHORT_LEAD;
import static app.waypoint.houseproject.HouseProjectMoveProcess.VAR_NEXT_SESSION_ON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Gives the young person the place offered in a cohort (409, task stays open, when it is full). */
@Named
@Dependent
class JoinCohortDelegate extends StepDelegate {

    JoinCohortDelegate(HouseProjectSteps steps) {
        super(steps);
    }

    @Override
    public void execute(DelegateExecution execution) {
        HouseProjectSteps.Joined joined = steps.joinCohort(membershipId(execution), text(execution, VAR_COHORT_ID));
        execution.setVariable(VAR_COHORT_LEAD, joined.lead());
        execution.setVariable(VAR_NEXT_SESSION_ON, joined.firstSession().toString());
    }
}

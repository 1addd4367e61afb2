package app.waypoint.housing.process;

import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_OUTCOME;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_OUTCOME_NOTE;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_OUTCOME_ON;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_REFERRAL_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.housing.domain.HomelessnessReferralService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the housing authority's outcome, which closes the referral. */
@Named
@Dependent
class RecordHousingOutcomeDelegate implements JavaDelegate {

    private final HomelessnessReferralService referrals;

    RecordHousingOutcomeDelegate(HomelessnessReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        referrals.outcomeRecorded(variables.uuid(VAR_REFERRAL_ID), variables.string(VAR_OUTCOME), variables.localDate(VAR_OUTCOME_ON),
                variables.string(VAR_OUTCOME_NOTE), variables.completedBy());
    }
}

package app.waypoint.housing.process;

import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_CONSENT_TO_REFER;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_CONSENT_TO_SHARE_CONTACT;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_HOUSING_AUTHORITY;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_OUTCOME_DUE;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_REASON;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_REFERRAL_ID;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_REFERRED;
import static app.waypoint.housing.process.HomelessnessReferralProcess.VAR_REFERRED_ON;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessVariables;
import app.waypoint.housing.domain.HomelessnessReason;
import app.waypoint.housing.domain.HomelessnessReferralService;
import app.waypoint.housing.domain.ReferralMade;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the referral made to the housing authority, or that it was not made without the young person's consent. */
@Named
@Dependent
class RecordReferralDelegate implements JavaDelegate {

    private final HomelessnessReferralService referrals;

    RecordReferralDelegate(HomelessnessReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        Optional<LocalDate> outcomeDue = referrals.referred(variables.uuid(VAR_REFERRAL_ID), new ReferralMade(
                variables.enumValue(VAR_REASON, HomelessnessReason.class), variables.flag(VAR_CONSENT_TO_REFER),
                variables.flag(VAR_CONSENT_TO_SHARE_CONTACT), optionalDate(execution, VAR_REFERRED_ON),
                variables.string(VAR_HOUSING_AUTHORITY)), variables.completedBy());
        execution.setVariable(VAR_REFERRED, outcomeDue.isPresent());
        outcomeDue.ifPresent(due -> execution.setVariable(VAR_OUTCOME_DUE, Date.from(WaypointClock.endOf(due))));
    }

    /** The day referred is asked for only when the referral is made, so it may be absent. */
    private static LocalDate optionalDate(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Date date ? WaypointClock.dayOf(date.toInstant()) : null;
    }
}

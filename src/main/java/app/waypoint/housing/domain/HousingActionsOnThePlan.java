package app.waypoint.housing.domain;

import app.waypoint.pathwayreviews.domain.headings.HousingActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Gives the plan's accommodation heading each homelessness referral with its steps: identified, referred, the outcome. */
@ApplicationScoped
class HousingActionsOnThePlan implements HousingActions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final HomelessnessReferralService referrals;

    HousingActionsOnThePlan(HomelessnessReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<HousingAction> of(UUID youngPersonId) {
        return referrals.history(youngPersonId).stream().map(HousingActionsOnThePlan::action).toList();
    }

    private static HousingAction action(HomelessnessReferralResponse referral) {
        List<HousingStep> steps = new ArrayList<>();
        steps.add(new HousingStep("Risk identified", null, referral.identifiedOn(), referral.reason().words()
                + (referral.likelyHomelessOn() == null ? "" : ", likely from " + referral.likelyHomelessOn().format(DAY))
                + (referral.note() == null ? "" : ": " + referral.note())));
        if (referral.notReferredBecause() != null) {
            steps.add(new HousingStep("Refer to the housing authority", referral.referDue(), null, "Not referred: " + referral.notReferredBecause()));
        } else {
            steps.add(new HousingStep("Refer to the housing authority", referral.referDue(), referral.referredOn(),
                    referral.housingAuthority() == null ? "" : "Referred to " + referral.housingAuthority()));
        }
        if (referral.referredOn() != null) {
            steps.add(new HousingStep("Record the housing authority’s outcome", referral.outcomeDue(), referral.outcomeOn(),
                    referral.outcome() == null ? "" : referral.outcome().words()
                            + (referral.outcomeNote() == null ? "" : ": " + referral.outcomeNote())));
        }
        return new HousingAction("Homelessness referral (duty to refer)", referral.status().words(), referral.open(), steps);
    }
}

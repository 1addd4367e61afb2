package app.waypoint.housing.domain;

import java.util.List;

/**
 * A young person's homelessness referrals, newest first; {@code atRisk} while one is open (the young person's page shows "At
 * risk of homelessness"), and what the caller may do.
 */
public record HomelessnessReferralsResponse(boolean atRisk, List<HomelessnessReferralResponse> referrals,
                                            List<HomelessnessReferralAction> allowedActions) {
}

package app.waypoint.housing.domain;

import java.time.LocalDate;

/**
 * What the referral task records: the reason confirmed, the young person's two consents (to the referral, and to the housing
 * authority having their contact details), and, when both are given, the day referred and the housing authority they chose.
 */
public record ReferralMade(HomelessnessReason reason, boolean consentToRefer, boolean consentToShareContact, LocalDate referredOn,
                           String housingAuthority) {

    boolean consented() {
        return consentToRefer && consentToShareContact;
    }
}

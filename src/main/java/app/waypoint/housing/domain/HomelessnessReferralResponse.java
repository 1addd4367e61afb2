package app.waypoint.housing.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A homelessness referral and its steps: identified (why, when, by whom), referred (when, to which housing authority, by whom,
 * due when), and the housing authority's outcome (which, when, due when); {@code open} while the young person is at risk.
 */
public record HomelessnessReferralResponse(UUID id, UUID youngPersonId, HomelessnessReason reason, LocalDate identifiedOn,
                                           LocalDate likelyHomelessOn, String note,
                                           String startedBy, HomelessnessReferralStatus status, boolean open, LocalDate referDue,
                                           LocalDate referredOn, String housingAuthority, String referredBy, String notReferredBecause,
                                           LocalDate outcomeDue, HousingAuthorityOutcome outcome, LocalDate outcomeOn, String outcomeNote,
                                           String outcomeBy) {
}

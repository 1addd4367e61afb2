package app.waypoint.intouch.domain;

import app.waypoint.people.contacts.InTouchState;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Whether the council is in touch with a young person (people/contacts InTouchRule): the state and its words, since when,
 * the last contact made and the days since (null: none recorded), the failed attempts since it, the lost-touch record open
 * now (null: none) and what the caller may do ({@code RECORD_DECISION}: a manager records "not in touch").
 */
public record InTouchResponse(UUID youngPersonId, InTouchState state, String stateWords, LocalDate since, LocalDate lastContactMadeOn,
                              Long daysSinceContact, int failedAttempts, LostTouchResponse lostTouch, List<String> allowedActions) {

    public static final String RECORD_DECISION = "RECORD_DECISION";

    /**
     * The open lost-touch record: flagged on a day and why, the re-engagement plan (null until recorded) and the manager's
     * decision (null until recorded).
     */
    public record LostTouchResponse(LocalDate flaggedOn, String flaggedBecause, ReEngagementPlanResponse plan,
                                    NotInTouchDecisionResponse decision) {
    }

    /** The re-engagement plan: the routes tried, in words, the notes, who recorded it. */
    public record ReEngagementPlanResponse(List<String> tried, String notes, String recordedBy) {
    }

    /** "Not in touch", decided by a manager on a day, with the reasons. */
    public record NotInTouchDecisionResponse(LocalDate decidedOn, String decidedBy, String reasons) {
    }
}

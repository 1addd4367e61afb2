package app.waypoint.people.caseload;

import app.waypoint.people.contacts.InTouchState;
import app.waypoint.people.record.flags.CohortFlag;
import app.waypoint.people.status.CareStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A young person in the caseload list, with what a manager scans: status (and in words), age, team, allocated social worker
 * and personal adviser, current accommodation and its suitability, activity, in touch, last contact and the days since, the
 * next pathway review due, the cohort flags set now, and keeping in touch (the lost-touch flag). A part with nothing recorded
 * is null.
 */
public record CaseloadEntry(UUID id, String localId, String name, LocalDate dateOfBirth, int age, CareStatus status, String statusWords,
                            UUID teamId, String teamName, Worker socialWorker, Worker personalAdviser, Accommodation accommodation,
                            Coded activity, InTouch inTouch, LocalDate lastContactOn, Long daysSinceContact, LocalDate nextReviewDue,
                            boolean planOutOfDate, List<CohortFlag> flags, KeepingInTouch keepingInTouch) {

    /** A member of staff allocated to the young person. */
    public record Worker(UUID id, String name) {
    }

    /** Where the young person lives now: the SSDA903 category, its words, since when, and whether it was judged suitable. */
    public record Accommodation(String category, String description, LocalDate since, boolean suitable) {
    }

    /** An SSDA903 code in force now, its words and since when. */
    public record Coded(String code, String description, LocalDate since) {
    }

    /**
     * In touch now: the recorded decision, unless a contact was recorded after it, which puts the young person in touch
     * ({@code fromContact}, {@code since} the day of that contact).
     */
    public record InTouch(String code, String description, LocalDate since, boolean fromContact) {
    }

    /**
     * Keeping in touch, as the lost-touch workflow has flagged it (people/contacts InTouchRule; app.waypoint.intouch): possibly not
     * in touch since the flag, not in touch since a manager's decision, otherwise in touch ({@code since} null).
     */
    public record KeepingInTouch(InTouchState state, String words, LocalDate since) {
    }
}

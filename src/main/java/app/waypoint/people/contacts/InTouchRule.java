package app.waypoint.people.contacts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one definition of "in touch", used by the caseload list, the supervision agenda, the service view and the lost-touch
 * workflow (app.waypoint.intouch). The duty is to keep in touch and to try to re-establish contact if it is lost (Children Act
 * 1989 ss23B(1), 23C(2)). The rule:
 * <ol>
 *   <li>only a contact <em>made</em> counts; an attempt (no answer, not at home) never does;</li>
 *   <li>"not in touch" is only ever a manager's recorded, dated decision, and it stands until a contact is made after it;</li>
 *   <li>otherwise the young person is "possibly not in touch" after {@code failedAttempts} (default 2) failed attempts in a row
 *       since the last contact made, or when the last contact made was more than {@code daysWithoutContact} (default 56,
 *       8 weeks) days ago (counted from {@code knownSince}, e.g. when they came onto the caseload, if none was ever made);</li>
 *   <li>otherwise "in touch".</li>
 * </ol>
 * It lives with contacts (people) because people's caseload uses it and features must not form cycles; the workflow that acts
 * on it is the intouch feature's.
 */
@ApplicationScoped
public class InTouchRule {

    private final int failedAttempts;
    private final int daysWithoutContact;

    @Inject
    InTouchRule(InTouchConfig config) {
        this(config.failedAttempts(), config.daysWithoutContact());
    }

    private InTouchRule(int failedAttempts, int daysWithoutContact) {
        this.failedAttempts = failedAttempts;
        this.daysWithoutContact = daysWithoutContact;
    }

    /** The rule with these limits (for tests and tools; the application's comes from {@link InTouchConfig}). */
    public static InTouchRule of(int failedAttempts, int daysWithoutContact) {
        return new InTouchRule(failedAttempts, daysWithoutContact);
    }

    /**
     * The state on {@code today}: {@code notInTouchDecidedOn} is the day of a manager's "not in touch" decision still standing
     * (null: none), {@code knownSince} the day to count from when no contact was ever made.
     */
    public InTouchAssessment assess(ContactHistory history, LocalDate notInTouchDecidedOn, LocalDate knownSince, LocalDate today) {
        LocalDate lastMade = history.lastContactMadeOn();
        Long days = lastMade == null ? null : ChronoUnit.DAYS.between(lastMade, today);
        if (notInTouchDecidedOn != null && (lastMade == null || !lastMade.isAfter(notInTouchDecidedOn))) {
            return new InTouchAssessment(InTouchState.NOT_IN_TOUCH, notInTouchDecidedOn, days, history.failedAttemptsSince());
        }
        if (history.failedAttemptsSince() >= failedAttempts) {
            return new InTouchAssessment(InTouchState.POSSIBLY_NOT_IN_TOUCH, null, days, history.failedAttemptsSince());
        }
        LocalDate countFrom = lastMade == null ? knownSince : lastMade;
        if (countFrom != null && countFrom.isBefore(recentFrom(today))) {
            return new InTouchAssessment(InTouchState.POSSIBLY_NOT_IN_TOUCH, countFrom.plusDays(daysWithoutContact + 1L), days,
                    history.failedAttemptsSince());
        }
        return new InTouchAssessment(InTouchState.IN_TOUCH, lastMade, days, history.failedAttemptsSince());
    }

    /** Whether a contact made on {@code lastContactMadeOn} (null: none) is recent enough, on {@code today}, to count as in touch. */
    public boolean isRecent(LocalDate lastContactMadeOn, LocalDate today) {
        return lastContactMadeOn != null && !lastContactMadeOn.isBefore(recentFrom(today));
    }

    /** The first day a contact made counts as recent on {@code today} (queries compare with it). */
    public LocalDate recentFrom(LocalDate today) {
        return today.minusDays(daysWithoutContact);
    }

    /** Whether this many failed attempts in a row, since the last contact made, make a young person possibly not in touch. */
    public boolean tooManyFailedAttempts(int failedAttemptsSince) {
        return failedAttemptsSince >= failedAttempts;
    }
}

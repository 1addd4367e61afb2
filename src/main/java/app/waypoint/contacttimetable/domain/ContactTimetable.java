package app.waypoint.contacttimetable.domain;

import app.waypoint.people.contacts.ContactKind;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.status.CareStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The contact timetable's rule (domain notes §3 row 12 and §4): who the council keeps in touch with, and when the next visit or
 * contact is due.
 *
 * <ul>
 *   <li>The duty (Children Act 1989 ss23B(1), 23C(2), 24(5)): relevant children, former relevant care leavers to 21 and after 21
 *       while a personal adviser is allocated (s23CZB: a PA to 25 on request), and qualifying care leavers (to 21, which their
 *       status already ends). Eligible children are still looked after: their social worker's visits follow CPPCR reg 28.</li>
 *   <li>Where the council provides the accommodation (its SSDA903 category is one of
 *       {@link ContactTimetableConfig#councilProvidedCategories()}), Care Leavers Regs 2010 reg 8: a visit within 7 days of a move,
 *       then at least every 2 months (calendar months, clamped to the month's end). The visit before each pathway review is the
 *       review's own step; made, it counts as the last visit.</li>
 *   <li>Otherwise a contact made of any kind at least every {@code *-weeks} weeks, by status.</li>
 *   <li>Counting starts from the last matching contact, or the day a worker closed the due contact by hand saying why, or else
 *       the day the timetable started: what fell due before Waypoint held the timetable is taken as done, except a move visit
 *       whose 7 days were still running.</li>
 * </ul>
 */
@ApplicationScoped
public class ContactTimetable {

    public static final Set<CareStatus> DUTY = Set.of(CareStatus.RELEVANT, CareStatus.FORMER_RELEVANT, CareStatus.QUALIFYING);
    /** [S] reg 8: a visit within this many days of moving into accommodation the council provides. */
    static final int VISIT_WITHIN_DAYS_OF_MOVE = 7;
    /** [S] reg 8: then at least every this many months. */
    static final int VISIT_EVERY_MONTHS = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String REG_8 = " (Care Leavers Regs 2010 reg 8)";

    private final ContactTimetableConfig config;

    public ContactTimetable(ContactTimetableConfig config) {
        this.config = config;
    }

    /** Whether the council has a keeping-in-touch duty to the young person today. */
    public boolean dutyApplies(TimetableFacts facts) {
        if (!DUTY.contains(facts.status())) {
            return false;
        }
        return facts.status() != CareStatus.FORMER_RELEVANT || facts.today().isBefore(facts.twentyFirst()) || facts.adviserAllocated();
    }

    /** Whether accommodation of this SSDA903 category is provided by the council (so reg 8 visits apply). */
    public boolean councilProvides(Optional<String> category) {
        return category.map(code -> config.councilProvidedCategories().stream().anyMatch(code::equalsIgnoreCase)).orElse(false);
    }

    /** Whether a contact of this kind and outcome is the one asked for: a visit made for a visit, any contact made otherwise. */
    public static boolean matches(DueContact due, ContactKind kind, ContactOutcome outcome) {
        return outcome == ContactOutcome.MADE && (due == DueContact.CONTACT || kind == ContactKind.VISIT);
    }

    /** The next visit or contact due. */
    public ContactDue next(TimetableFacts facts) {
        return councilProvides(facts.category()) ? nextVisit(facts) : nextContact(facts);
    }

    private ContactDue nextVisit(TimetableFacts facts) {
        Optional<LocalDate> settled = latest(facts.lastVisitOn(), facts.closedByHandOn());
        LocalDate from = settled.orElse(facts.startedOn());
        ContactDue regular = new ContactDue(from.plusMonths(VISIT_EVERY_MONTHS), DueContact.VISIT,
                "A visit at least every " + VISIT_EVERY_MONTHS + " months where the council provides the accommodation" + REG_8 + ": "
                        + VISIT_EVERY_MONTHS + " months from " + since(facts, settled, facts.lastVisitOn(), "visit") + ".");
        if (facts.movedOn().isEmpty()) {
            return regular;
        }
        LocalDate moved = facts.movedOn().get();
        LocalDate moveVisitDue = moved.plusDays(VISIT_WITHIN_DAYS_OF_MOVE);
        boolean visitedSinceMove = settled.filter(day -> !day.isBefore(moved)).isPresent();
        boolean windowOpenAtStart = !moveVisitDue.isBefore(facts.startedOn());
        if (visitedSinceMove || !windowOpenAtStart || regular.dueOn().isBefore(moveVisitDue)) {
            return regular;
        }
        return new ContactDue(moveVisitDue, DueContact.VISIT,
                "A visit within " + VISIT_WITHIN_DAYS_OF_MOVE + " days of moving into accommodation the council provides" + REG_8
                        + ": moved on " + moved.format(DAY) + ".");
    }

    private ContactDue nextContact(TimetableFacts facts) {
        int weeks = switch (facts.status()) {
            case RELEVANT -> config.relevantWeeks();
            case QUALIFYING -> config.qualifyingWeeks();
            default -> config.formerRelevantWeeks();
        };
        Optional<LocalDate> settled = latest(facts.lastContactOn(), facts.closedByHandOn());
        LocalDate from = settled.orElse(facts.startedOn());
        return new ContactDue(from.plusWeeks(weeks), DueContact.CONTACT,
                "In touch at least every " + weeks + " weeks with a " + statusWords(facts.status())
                        + " not in accommodation the council provides (local practice): " + weeks + " weeks from "
                        + since(facts, settled, facts.lastContactOn(), "contact") + ".");
    }

    private static String since(TimetableFacts facts, Optional<LocalDate> settled, Optional<LocalDate> lastMatching, String what) {
        if (settled.isEmpty()) {
            return "the timetable's start on " + facts.startedOn().format(DAY);
        }
        return settled.equals(lastMatching) ? "the last " + what + " on " + settled.get().format(DAY)
                : "the day the last one was closed without a " + what + ", " + settled.get().format(DAY);
    }

    private static String statusWords(CareStatus status) {
        return switch (status) {
            case RELEVANT -> "relevant child";
            case QUALIFYING -> "qualifying care leaver";
            default -> "former relevant care leaver";
        };
    }

    @SafeVarargs
    private static Optional<LocalDate> latest(Optional<LocalDate>... days) {
        return Stream.of(days).flatMap(Optional::stream).max(LocalDate::compareTo);
    }
}

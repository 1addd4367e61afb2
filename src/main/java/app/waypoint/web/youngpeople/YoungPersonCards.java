package app.waypoint.web.youngpeople;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.KeyDates;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.youngpeople.YoungPersonCard.Fact;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The card of the young person a task is about. Only built after the tasklist has shown the task to the person, which is
 * what entitles them to see who it is about (a team task for a young person they are not allocated to included).
 */
@ApplicationScoped
public class YoungPersonCards {

    private final YoungPersonService youngPeople;
    private final AllocationService allocations;
    private final StaffService staff;
    private final WaypointClock clock;

    YoungPersonCards(YoungPersonService youngPeople, AllocationService allocations, StaffService staff, WaypointClock clock) {
        this.youngPeople = youngPeople;
        this.allocations = allocations;
        this.staff = staff;
        this.clock = clock;
    }

    public YoungPersonCard forTaskAbout(UUID youngPersonId) {
        YoungPersonFacts facts = youngPeople.facts(youngPersonId);
        KeyDates dates = facts.keyDates();
        List<Fact> keyDates = new ArrayList<>();
        keyDates.add(new Fact("Transition opens", DueWording.date(dates.transitionOpens())));
        keyDates.add(new Fact("16th birthday", DueWording.date(dates.sixteenth())));
        dates.eligibleFrom().ifPresent(day -> keyDates.add(new Fact("Eligible from", DueWording.date(day))));
        dates.needsAssessmentDue().ifPresent(day -> keyDates.add(new Fact("Needs assessment due", DueWording.date(day))));
        keyDates.add(new Fact("Staying put agreed by", DueWording.date(dates.stayingPutAgreedBy())));
        keyDates.add(new Fact("18th birthday", DueWording.date(dates.eighteenth())));
        keyDates.add(new Fact("21st birthday", DueWording.date(dates.twentyFirst())));
        List<Fact> allocated = new ArrayList<>();
        for (AllocationKind kind : AllocationKind.values()) {
            allocations.allocatedUsername(youngPersonId, kind).ifPresent(username -> allocated.add(new Fact(label(kind),
                    staff.byUsername(username).map(StaffResponse::displayName).orElse(username))));
        }
        LocalDate today = clock.today();
        return new YoungPersonCard(facts.id(), facts.name(), facts.localId(), DueWording.date(facts.dateOfBirth()),
                Birthdays.age(facts.dateOfBirth(), today), readable(facts.status().name()), keyDates, allocated);
    }

    public static String label(AllocationKind kind) {
        return switch (kind) {
            case SOCIAL_WORKER -> "Social worker";
            case PERSONAL_ADVISER -> "Personal adviser";
            case IRO -> "IRO";
        };
    }

    /** A constant as words: {@code NEEDS_ASSESSMENT} becomes "Needs assessment". */
    public static String readable(String constant) {
        String words = constant.toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package app.waypoint.contacttimetable;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.contacttimetable.domain.ContactDue;
import app.waypoint.contacttimetable.domain.ContactTimetable;
import app.waypoint.contacttimetable.domain.ContactTimetableConfig;
import app.waypoint.contacttimetable.domain.DueContact;
import app.waypoint.contacttimetable.domain.TimetableFacts;
import app.waypoint.people.contacts.ContactKind;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.status.CareStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contact timetable's rule, without the engine or a database. */
class ContactTimetableTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final LocalDate STARTED = LocalDate.of(2027, 1, 4);
    private static final LocalDate TWENTY_FIRST = LocalDate.of(2028, 5, 1);

    private final ContactTimetable timetable = new ContactTimetable(new Config());

    @Test
    void shouldAskForAVisitEveryTwoMonthsFromTheLastVisitWhereTheCouncilProvidesTheAccommodation() {
        ContactDue due = timetable.next(facts(CareStatus.FORMER_RELEVANT, "D", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 2, 28), null));

        assertThat(due.kind()).isEqualTo(DueContact.VISIT);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 4, 28));
        assertThat(due.rule()).contains("every 2 months", "reg 8", "the last visit on 28 February 2027");
    }

    @Test
    void shouldClampTwoMonthsToTheEndOfAShorterMonth() {
        ContactDue due = timetable.next(facts(CareStatus.RELEVANT, "E", null, LocalDate.of(2026, 12, 31), null));

        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void shouldAskForAVisitWithinSevenDaysOfAMoveIntoCouncilProvidedAccommodation() {
        ContactDue due = timetable.next(facts(CareStatus.FORMER_RELEVANT, "W", LocalDate.of(2027, 3, 8), LocalDate.of(2027, 2, 20), null));

        assertThat(due.kind()).isEqualTo(DueContact.VISIT);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(due.rule()).contains("within 7 days", "moved on 8 March 2027");
    }

    @Test
    void shouldKeepTheTwoMonthlyVisitWhenItFallsBeforeTheMoveVisit() {
        ContactDue due = timetable.next(facts(CareStatus.FORMER_RELEVANT, "W", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 3, 1), null));

        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(due.rule()).contains("every 2 months");
    }

    @Test
    void shouldCountTheMoveVisitAsMadeOnceAVisitFollowsTheMove() {
        ContactDue due = timetable.next(facts(CareStatus.FORMER_RELEVANT, "C", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), null));

        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 5, 5));
    }

    @Test
    void shouldTakeAMoveWhoseSevenDaysEndedBeforeTheTimetableStartedAsVisited() {
        ContactDue due = timetable.next(facts(CareStatus.FORMER_RELEVANT, "C", LocalDate.of(2026, 11, 1), null, null));

        assertThat(due.dueOn()).isEqualTo(STARTED.plusMonths(2));
        assertThat(due.rule()).contains("the timetable's start on 4 January 2027");
    }

    @Test
    void shouldAskForAnyContactAtTheIntervalOfTheStatusElsewhere() {
        LocalDate lastContact = LocalDate.of(2027, 3, 1);

        assertThat(timetable.next(contactFacts(CareStatus.FORMER_RELEVANT, lastContact)).dueOn()).isEqualTo(lastContact.plusWeeks(8));
        assertThat(timetable.next(contactFacts(CareStatus.RELEVANT, lastContact)).dueOn()).isEqualTo(lastContact.plusWeeks(6));
        ContactDue qualifying = timetable.next(contactFacts(CareStatus.QUALIFYING, lastContact));
        assertThat(qualifying.dueOn()).isEqualTo(lastContact.plusWeeks(12));
        assertThat(qualifying.kind()).isEqualTo(DueContact.CONTACT);
        assertThat(qualifying.rule()).contains("every 12 weeks", "qualifying care leaver", "the last contact on 1 March 2027");
    }

    @Test
    void shouldCountFromTheDayAWorkerClosedTheContactByHand() {
        TimetableFacts facts = new TimetableFacts(TODAY, CareStatus.FORMER_RELEVANT, TWENTY_FIRST, true, Optional.of("U"), Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2027, 1, 10)), STARTED, Optional.of(LocalDate.of(2027, 3, 9)));

        ContactDue due = timetable.next(facts);

        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 5, 4));
        assertThat(due.rule()).contains("closed without a contact, 9 March 2027");
    }

    @Test
    void shouldCountFromTheStartWhenNothingIsRecordedAndWithoutAnyAccommodation() {
        TimetableFacts facts = new TimetableFacts(TODAY, CareStatus.FORMER_RELEVANT, TWENTY_FIRST, true, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), STARTED, Optional.empty());

        assertThat(timetable.next(facts).dueOn()).isEqualTo(STARTED.plusWeeks(8));
    }

    @Test
    void shouldApplyTheDutyToCareLeaversOnlyAndAfterTwentyOneWhileAnAdviserIsAllocated() {
        assertThat(timetable.dutyApplies(duty(CareStatus.RELEVANT, TODAY, false))).isTrue();
        assertThat(timetable.dutyApplies(duty(CareStatus.QUALIFYING, TODAY, false))).isTrue();
        assertThat(timetable.dutyApplies(duty(CareStatus.FORMER_RELEVANT, TWENTY_FIRST.minusDays(1), false))).isTrue();
        assertThat(timetable.dutyApplies(duty(CareStatus.FORMER_RELEVANT, TWENTY_FIRST, false))).isFalse();
        assertThat(timetable.dutyApplies(duty(CareStatus.FORMER_RELEVANT, TWENTY_FIRST, true))).isTrue();
        assertThat(timetable.dutyApplies(duty(CareStatus.ELIGIBLE, TODAY, true))).isFalse();
        assertThat(timetable.dutyApplies(duty(CareStatus.NONE, TODAY, true))).isFalse();
    }

    @Test
    void shouldCloseAVisitOnlyWithAVisitMadeAndAContactWithAnyContactMade() {
        assertThat(ContactTimetable.matches(DueContact.VISIT, ContactKind.VISIT, ContactOutcome.MADE)).isTrue();
        assertThat(ContactTimetable.matches(DueContact.VISIT, ContactKind.PHONE, ContactOutcome.MADE)).isFalse();
        assertThat(ContactTimetable.matches(DueContact.VISIT, ContactKind.VISIT, ContactOutcome.ATTEMPTED)).isFalse();
        assertThat(ContactTimetable.matches(DueContact.CONTACT, ContactKind.MESSAGE, ContactOutcome.MADE)).isTrue();
        assertThat(ContactTimetable.matches(DueContact.CONTACT, ContactKind.PHONE, ContactOutcome.ATTEMPTED)).isFalse();
    }

    @Test
    void shouldTreatOnlyTheConfiguredCategoriesAsCouncilProvided() {
        assertThat(timetable.councilProvides(Optional.of("w"))).isTrue();
        assertThat(timetable.councilProvides(Optional.of("U"))).isFalse();
        assertThat(timetable.councilProvides(Optional.empty())).isFalse();
    }

    private static TimetableFacts facts(CareStatus status, String category, LocalDate movedOn, LocalDate lastVisit, LocalDate lastContact) {
        return new TimetableFacts(TODAY, status, TWENTY_FIRST, true, Optional.of(category), Optional.ofNullable(movedOn), Optional.ofNullable(lastVisit),
                Optional.ofNullable(lastContact == null ? lastVisit : lastContact), STARTED, Optional.empty());
    }

    private static TimetableFacts contactFacts(CareStatus status, LocalDate lastContact) {
        return new TimetableFacts(TODAY, status, TWENTY_FIRST, true, Optional.of("B"), Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(),
                Optional.of(lastContact), STARTED, Optional.empty());
    }

    private static TimetableFacts duty(CareStatus status, LocalDate today, boolean adviser) {
        return new TimetableFacts(today, status, TWENTY_FIRST, adviser, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                STARTED, Optional.empty());
    }

    private static final class Config implements ContactTimetableConfig {

        @Override
        public int relevantWeeks() {
            return 6;
        }

        @Override
        public int formerRelevantWeeks() {
            return 8;
        }

        @Override
        public int qualifyingWeeks() {
            return 12;
        }

        @Override
        public Set<String> councilProvidedCategories() {
            return Set.of("C", "D", "E", "T", "V", "W", "Z");
        }
    }
}

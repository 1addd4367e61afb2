package app.waypoint.serviceview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.serviceview.domain.FigureMember;
import app.waypoint.serviceview.domain.FigureSummary;
import app.waypoint.serviceview.domain.ServiceViewService;
import app.waypoint.shared.Paging;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each figure of the service view counted on records built for it, with the edge its rule draws. */
@QuarkusTest
class ServiceViewServiceTest {

    @Inject
    ServiceViewService service;
    @Inject
    PeopleFixtures people;
    @Inject
    ServiceViewFixtures records;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    private TeamFixture team;
    private LocalDate today;

    @BeforeEach
    void newTeam() {
        team = people.team();
        today = clock.today();
    }

    @Test
    void shouldCountSixteenAndSeventeenYearOldsWithoutAnInDatePlanWhenTheLastWasSignedOffMoreThanSixMonthsAgo() {
        // given an eligible 16-year-old with no plan, a 17-year-old whose plan is exactly 6 months old, one whose plan is a day older,
        // and a care leaver of 19 with no plan (not 16 or 17)
        UUID noPlan = inCare(16);
        UUID inDate = inCare(17);
        records.signedOffPlan(inDate, 1, today.minusMonths(6));
        UUID outOfDate = inCare(17);
        records.signedOffPlan(outOfDate, 1, today.minusMonths(6).minusDays(1));
        people.careLeaver(team, today, 19);

        // when
        FigureSummary figure = figure("plans-16-17");

        // then
        assertThat(figure.counted()).isEqualTo(2);
        assertThat(figure.total()).isEqualTo(3);
        assertThat(members("plans-16-17", true)).extracting(FigureMember::id).containsExactlyInAnyOrder(noPlan, outOfDate);
    }

    @Test
    void shouldCountReviewsHeldOnTheirDueDayAsOnTimeAndLeaveOutThoseHeldOverAYearAgo() {
        // given
        UUID person = people.careLeaver(team, today, 19);
        LocalDate due = today.minusDays(40);
        records.review(person, due, due);
        records.review(person, due, due.plusDays(3));
        records.review(person, today.minusMonths(13), today.minusMonths(13));

        // when
        FigureSummary figure = figure("reviews-on-time");

        // then one of two on time, the late one 3 days late
        assertThat(figure.counted()).isEqualTo(1);
        assertThat(figure.total()).isEqualTo(2);
        assertThat(figure.averageDays()).isEqualTo(3.0);
    }

    @Test
    void shouldCountAReviewHeldOnThe28thWorkingDayAfterTheChangeButNotOnThe29th() {
        // given
        UUID person = people.careLeaver(team, today, 19);
        LocalDate changed = today.minusDays(90);
        records.changeCallingFor(person, changed, records.review(person, today.minusDays(80), calendar.plusWorkingDays(changed, 28)));
        records.changeCallingFor(person, changed, records.review(person, today.minusDays(80), calendar.plusWorkingDays(changed, 29)));
        // a change last week whose review is not held yet, still within its 28 working days
        records.changeCallingFor(person, today.minusDays(7), records.review(person, today.plusDays(20), null));

        // when
        FigureSummary figure = figure("change-reviews-in-28-working-days");

        // then
        assertThat(figure.counted()).isEqualTo(1);
        assertThat(figure.total()).isEqualTo(2);
        assertThat(figure.averageDays()).isEqualTo(28.5);
    }

    @Test
    void shouldCountAnEscalationChainOnceAtTheRungItHasReached() {
        // given a chain climbed to the service manager, and a chain resolved at the team manager
        UUID person = people.careLeaver(team, today, 19);
        String chain = UUID.randomUUID().toString();
        records.escalation(person, chain, "TEAM_MANAGER", today.minusDays(10), null);
        records.escalation(person, chain, "SERVICE_MANAGER", today.minusDays(5), null);
        records.escalation(person, UUID.randomUUID().toString(), "TEAM_MANAGER", today.minusDays(20), today.minusDays(15));

        // when
        FigureSummary figure = figure("escalations-open");

        // then
        assertThat(figure.counted()).isEqualTo(1);
        assertThat(figure.total()).isEqualTo(2);
        assertThat(figure.groups()).extracting(FigureSummary.GroupSummary::words, FigureSummary.GroupSummary::counted, FigureSummary.GroupSummary::total)
                .containsExactly(tuple("Service manager", 1L, 1L), tuple("Team manager", 0L, 1L));
    }

    @Test
    void shouldGiveDisputesByStageWithTheDaysToResolutionOfThoseClosed() {
        // given
        UUID person = people.careLeaver(team, today, 19);
        records.dispute(person, "TEAM_MANAGER", "OPEN", today.minusDays(3), null);
        records.dispute(person, "SERVICE_MANAGER", "RESOLVED", today.minusDays(30), today.minusDays(10));
        records.dispute(person, "SERVICE_MANAGER", "RESOLVED", today.minusYears(2), today.minusYears(2).plusDays(5));

        // when
        FigureSummary figure = figure("disputes");

        // then
        assertThat(figure.counted()).isEqualTo(1);
        assertThat(figure.total()).isEqualTo(2);
        assertThat(figure.averageDays()).isEqualTo(20.0);
        assertThat(figure.groups()).extracting(FigureSummary.GroupSummary::words).containsExactly("Service manager", "Team manager");
    }

    @Test
    void shouldCountNoContactMadeInEightWeeksWhenTheLastWas57DaysAgoOrOnlyAttempted() {
        // given
        UUID fiftySeven = people.careLeaver(team, today, 19);
        records.contact(fiftySeven, today.minusDays(57), "MADE");
        UUID fiftySix = people.careLeaver(team, today, 19);
        records.contact(fiftySix, today.minusDays(56), "MADE");
        UUID attempted = people.careLeaver(team, today, 19);
        records.contact(attempted, today.minusDays(1), "ATTEMPTED");

        // when
        FigureSummary figure = figure("days-since-contact");

        // then
        assertThat(figure.counted()).isEqualTo(2);
        assertThat(figure.total()).isEqualTo(3);
        assertThat(members("days-since-contact", true)).extracting(FigureMember::id).containsExactlyInAnyOrder(fiftySeven, attempted);
        assertThat(figure.groups()).extracting(FigureSummary.GroupSummary::words)
                .containsExactlyInAnyOrder("No contact recorded", "29 to 56 days ago", "57 to 92 days ago");
    }

    @Test
    void shouldCountNotInTouchUnlessAContactMadeSinceTheDecisionPutsThemInTouch() {
        // given
        UUID contactedSince = people.careLeaver(team, today, 19);
        records.coded(contactedSince, "IN_TOUCH", "NO", today.minusDays(100));
        records.contact(contactedSince, today.minusDays(10), "MADE");
        UUID lost = people.careLeaver(team, today, 19);
        records.coded(lost, "IN_TOUCH", "NO", today.minusDays(10));
        UUID inTouch = people.careLeaver(team, today, 20);
        records.coded(inTouch, "IN_TOUCH", "YES", today.minusDays(200));

        // when
        FigureSummary figure = figure("not-in-touch");

        // then
        assertThat(figure.counted()).isEqualTo(1);
        assertThat(figure.total()).isEqualTo(3);
        assertThat(members("not-in-touch", true)).extracting(FigureMember::id, FigureMember::group).containsExactly(tuple(lost, "Not in touch"));
    }

    @Test
    void shouldCountTheLatestActivityAndAccommodationOnly() {
        // given one NEET then in work, one at university then NEET, one with nothing recorded
        UUID working = people.careLeaver(team, today, 19);
        records.coded(working, "ACTIVITY", "G5", today.minusDays(100));
        records.coded(working, "ACTIVITY", "F5", today.minusDays(10));
        records.accommodation(working, "U", false, today.minusDays(100));
        records.accommodation(working, "U", true, today.minusDays(10));
        UUID neet = people.careLeaver(team, today, 19);
        records.coded(neet, "ACTIVITY", "F1", today.minusDays(100));
        records.coded(neet, "ACTIVITY", "G4", today.minusDays(10));
        records.accommodation(neet, "U", true, today.plusDays(10));
        people.careLeaver(team, today, 20);

        // when
        FigureSummary activity = figure("activity");
        FigureSummary accommodation = figure("accommodation");

        // then
        assertThat(activity.counted()).isEqualTo(1);
        assertThat(activity.total()).isEqualTo(3);
        assertThat(members("activity", true)).extracting(FigureMember::id).containsExactly(working);
        assertThat(accommodation.counted()).isEqualTo(1);
        assertThat(accommodation.total()).isEqualTo(3);
        assertThat(accommodation.groups()).extracting(FigureSummary.GroupSummary::group, FigureSummary.GroupSummary::total)
                .containsExactlyInAnyOrder(tuple("NONE", 2L), tuple("U", 1L));
    }

    @Test
    void shouldCountStayingPutOnlyWhileTheFlagIsSet() {
        // given
        UUID ended = people.careLeaver(team, today, 19);
        records.flag(ended, "STAYING_PUT", true, today.minusDays(300));
        records.flag(ended, "STAYING_PUT", false, today.minusDays(30));
        UUID staying = people.careLeaver(team, today, 20);
        records.flag(staying, "STAYING_PUT", true, today.minusDays(300));
        people.careLeaver(team, today, 19);

        // when
        FigureSummary figure = figure("staying-put");

        // then
        assertThat(figure.counted()).isEqualTo(1);
        assertThat(figure.total()).isEqualTo(3);
    }

    @Test
    void shouldCountSupervisionHeldOnItsBookedDayAsOnTimeAndActionsDueInTheYearByCompletion() {
        // given
        UUID worker = team.worker().id();
        records.supervision(worker, team.manager().id(), today.minusDays(60), today.minusDays(60));
        records.supervision(worker, team.manager().id(), today.minusDays(30), today.minusDays(27));
        UUID person = people.careLeaver(team, today, 19);
        records.supervisionAction(worker, person, today.minusDays(10), "CLOSED");
        records.supervisionAction(worker, person, today.minusDays(5), "OPEN");
        records.supervisionAction(worker, person, today.plusDays(5), "OPEN");

        // when
        FigureSummary sessions = figure("supervision-on-time");
        FigureSummary actions = figure("supervision-actions-done");

        // then
        assertThat(sessions.counted()).isEqualTo(1);
        assertThat(sessions.total()).isEqualTo(2);
        assertThat(members("supervision-on-time", false)).extracting(FigureMember::reference, FigureMember::days)
                .containsExactly(tuple(team.worker().username(), 3));
        assertThat(actions.counted()).isEqualTo(1);
        assertThat(actions.total()).isEqualTo(2);
    }

    @Test
    void shouldCountOverduePlanActionsOfTheLatestSignedOffPlanOnly() {
        // given
        UUID person = people.careLeaver(team, today, 19);
        records.planAction(records.signedOffPlan(person, 1, today.minusMonths(8)), today.minusMonths(7), "OPEN");
        UUID latest = records.signedOffPlan(person, 2, today.minusMonths(1));
        records.planAction(latest, today.minusDays(1), "OPEN");
        records.planAction(latest, today, "OPEN");
        records.planAction(latest, today.minusDays(20), "DONE");

        // when
        FigureSummary figure = figure("plan-actions-overdue");

        // then
        assertThat(figure.counted()).isEqualTo(1);
        assertThat(figure.total()).isEqualTo(2);
        assertThat(figure.averageDays()).isEqualTo(1.0);
    }

    @Test
    void shouldCountCohortsAmongCareLeaversOnly() {
        // given
        UUID uasc = people.careLeaver(team, today, 19);
        records.execute("update waypoint.young_person set uasc = true where id = ?1", uasc);
        people.careLeaver(team, today, 20);
        UUID child = inCare(15);
        records.execute("update waypoint.young_person set uasc = true where id = ?1", child);

        // when
        FigureSummary figure = figure("cohort-uasc");

        // then
        assertThat(figure.counted()).isEqualTo(1);
        assertThat(figure.total()).isEqualTo(2);
    }

    @Test
    void shouldListTheRowsBehindAFigureAPageAtATime() {
        // given three 16-year-olds without a plan
        inCare(16);
        inCare(16);
        inCare(16);

        // when
        var first = service.members("plans-16-17", true, null, new Paging(0, 2), team.managerCaller());
        var second = service.members("plans-16-17", true, null, new Paging(1, 2), team.managerCaller());

        // then
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.items().get(0).id()).isNotIn(first.items().stream().map(FigureMember::id).toList());
    }

    private UUID inCare(int age) {
        LocalDate born = today.minusYears(age).minusDays(10);
        return people.youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 13), null, LegalBasis.CARE_ORDER)));
    }

    private FigureSummary figure(String key) {
        return service.figure(key, team.managerCaller());
    }

    private List<FigureMember> members(String key, boolean counted) {
        return service.members(key, counted, null, new Paging(0, 50), team.managerCaller()).items();
    }
}

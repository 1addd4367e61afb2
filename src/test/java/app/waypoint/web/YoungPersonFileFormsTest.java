package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.web.shell.DueWording;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forms of the young person's file: each records through its feature's service and comes back to the file, shows what is
 * wrong beside the field (422), and is neither offered to nor accepted from someone the service does not allow (403).
 */
@QuarkusTest
class YoungPersonFileFormsTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private UUID careLeaver;
    private LocalDate today;

    @BeforeEach
    void careLeaverOfTheTeam() {
        team = people.team();
        today = clock.today();
        careLeaver = people.careLeaver(team, today, 19);
    }

    @Test
    void shouldRecordAnAttemptedContactAndShowItWithNoContactMadeWhenTheWorkerUsesTheForm() {
        // given the social worker on the file, offered the contact form
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        assertThat(file(worker)).contains("id=\"record-contact\"");
        given().cookies(worker).get("/young-people/{id}/contact", careLeaver).then().statusCode(200)
                .body(containsString("Attempted, no contact")).body(containsString("Phone call"));

        // when they record a phone call that did not reach the young person yesterday
        form(worker).formParam("outcome", "ATTEMPTED").formParam("kind", "PHONE").params(date("contactOn", today.minusDays(1)))
                .formParam("note", "No answer").post("/young-people/{id}/contact", careLeaver).then().statusCode(303);

        // then the file lists it as an attempt, and still no contact made
        assertThat(file(worker)).contains("No answer").contains("<strong>Attempted, no contact</strong>")
                .contains("No contact made is recorded.");

        // when they record a visit made today, it is the last contact made
        form(worker).formParam("outcome", "MADE").formParam("kind", "VISIT").params(date("contactOn", today))
                .post("/young-people/{id}/contact", careLeaver).then().statusCode(303);
        assertThat(file(worker)).contains("Last contact made today");
    }

    @Test
    void shouldShowTheFieldMessagesWhenAContactIsInTheFutureOrIncomplete() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());

        // a day in the future: the service's rule, beside the date
        form(worker).formParam("outcome", "MADE").formParam("kind", "VISIT").params(date("contactOn", today.plusDays(2)))
                .post("/young-people/{id}/contact", careLeaver).then().statusCode(422)
                .body(containsString("There is a problem")).body(containsString("id=\"contactOn-error\""))
                .body(containsString("must not be in the future"));

        // nothing chosen: the page's own messages, with the error summary linking each field
        form(worker).post("/young-people/{id}/contact", careLeaver).then().statusCode(422)
                .body(containsString("<a href=\"#outcome\">Select whether you made contact</a>"))
                .body(containsString("<a href=\"#kind\">Select how you made or tried to make contact</a>"))
                .body(containsString("Enter the day of the contact"));
        assertThat(file(worker)).contains("No contact made is recorded.").doesNotContain("Contact made");
    }

    @Test
    void shouldNeitherOfferNorAcceptAContactFromTheIro() {
        Map<String, String> iro = PageSessions.signIn(team.iro().username());
        assertThat(file(iro)).doesNotContain("id=\"record-contact\"").doesNotContain("id=\"record-significant-change\"");
        given().cookies(iro).get("/young-people/{id}/contact", careLeaver).then().statusCode(403);
        form(iro).formParam("outcome", "MADE").formParam("kind", "VISIT").params(date("contactOn", today))
                .post("/young-people/{id}/contact", careLeaver).then().statusCode(403);
    }

    @Test
    void shouldStartAReviewWhenTheWorkerRecordsASignificantChange() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        given().cookies(worker).get("/young-people/{id}/significant-change", careLeaver).then().statusCode(200)
                .body(containsString("Lost their education, employment or training")).body(not(containsString(">LOSS_OF_EET<")));

        // when they record a lost job
        form(worker).formParam("kind", "LOSS_OF_EET").params(date("occurredOn", today.minusDays(3))).formParam("detail", "Lost his job")
                .post("/young-people/{id}/significant-change", careLeaver).then().statusCode(303);

        // then a pathway review runs for them, and the change is on the chronology, both on the file
        assertThat(file(worker)).contains("<h3 id=\"process-").contains("Pathway review").contains("Lost his job");
    }

    @Test
    void shouldAskForTheNewAccommodationWhenAMoveIsRecordedWithoutIt() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        form(worker).formParam("kind", "MOVE").params(date("occurredOn", today))
                .post("/young-people/{id}/significant-change", careLeaver).then().statusCode(422)
                .body(containsString("<a href=\"#accommodation-category\">Select the type of accommodation</a>"))
                .body(containsString("Enter who judged the suitability"));
        given().cookies(PageSessions.signIn(team.iro().username())).get("/young-people/{id}/significant-change", careLeaver).then()
                .statusCode(403);
    }

    @Test
    void shouldAllocateAPersonalAdviserChosenFromTheTeamAndEndTheIroAllocationWhenTheManagerUsesTheForms() {
        // given the manager on the file, offered the allocations
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        assertThat(file(manager)).contains("id=\"allocate-personal-adviser\"").contains("id=\"end-iro\"");
        String form = given().cookies(manager).get("/young-people/{id}/allocations/personal-adviser", careLeaver).then().statusCode(200)
                .extract().asString();
        assertThat(form).contains(team.adviser().displayName()).contains(team.worker().displayName())
                .doesNotContain(team.iro().displayName()).doesNotContain("<input type=\"text\"");

        // when they choose the adviser
        form(manager).formParam("staffUsername", team.adviser().username())
                .post("/young-people/{id}/allocations/personal-adviser", careLeaver).then().statusCode(303);
        // and end the IRO's allocation today with the reason
        given().cookies(manager).get("/young-people/{id}/allocations/iro/end", careLeaver).then().statusCode(200)
                .body(containsString(team.iro().displayName())).body(containsString("id=\"endedOn-day\""));
        form(manager).params(date("endedOn", today)).formParam("reason", "No longer looked after")
                .post("/young-people/{id}/allocations/iro/end", careLeaver).then().statusCode(303);

        // then the allocations show the adviser now and the IRO ended today, with the reason
        String file = file(manager);
        assertThat(file).contains("<td data-label=\"Role\">Personal adviser</td><td data-label=\"Who\">" + team.adviser().displayName() + "</td>")
                .contains("<td data-label=\"Role\">IRO</td><td data-label=\"Who\">" + team.iro().displayName() + "</td><td data-label=\"From\">"
                        + DueWording.date(today) + "</td><td data-label=\"Until\">" + DueWording.date(today))
                .contains("No longer looked after")
                .doesNotContain("id=\"end-iro\"");
    }

    @Test
    void shouldShowWhatIsWrongBesideTheFieldsWhenAnAllocationWouldEndTomorrowOrWithoutAReason() {
        Map<String, String> manager = PageSessions.signIn(team.manager().username());

        // a day still to come: the service's rule, beside the date
        form(manager).params(date("endedOn", today.plusDays(1))).formParam("reason", "Moving on")
                .post("/young-people/{id}/allocations/iro/end", careLeaver).then().statusCode(422)
                .body(containsString("id=\"endedOn-error\"")).body(containsString("must not be in the future"));
        // no day and no reason: the page's own messages
        form(manager).post("/young-people/{id}/allocations/iro/end", careLeaver).then().statusCode(422)
                .body(containsString("<a href=\"#endedOn\">Enter the day the allocation ends</a>"))
                .body(containsString("<a href=\"#reason\">Enter why the allocation ends</a>"));

        // and the IRO is still allocated
        assertThat(file(manager)).contains("id=\"end-iro\"");
    }

    @Test
    void shouldRefuseSomeoneNotOfferedAndHideAllocationFromTheWorker() {
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        form(manager).formParam("staffUsername", team.iro().username())
                .post("/young-people/{id}/allocations/personal-adviser", careLeaver).then().statusCode(422)
                .body(containsString("id=\"staffUsername-error\"")).body(containsString("Select who to allocate as personal adviser"));

        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        assertThat(file(worker)).doesNotContain("id=\"allocate-personal-adviser\"");
        given().cookies(worker).get("/young-people/{id}/allocations/personal-adviser", careLeaver).then().statusCode(403);
        form(worker).formParam("staffUsername", team.adviser().username())
                .post("/young-people/{id}/allocations/personal-adviser", careLeaver).then().statusCode(403);
    }

    @Test
    void shouldOpenAndCloseATransitionWhenTheManagerUsesTheForms() {
        // given a 17-year-old in care with no transition
        UUID child = people.youngPerson(team, today.minusYears(17), today.minusYears(3), false);
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        assertThat(given().cookies(manager).get("/young-people/{id}", child).then().statusCode(200).extract().asString())
                .contains("id=\"start-transition\"").doesNotContain("id=\"close-transition\"").contains("No transition has been opened.");

        // when the manager opens it
        form(manager).post("/young-people/{id}/transition/start", child).then().statusCode(303);
        String file = given().cookies(manager).get("/young-people/{id}", child).then().statusCode(200).extract().asString();
        assertThat(file).contains("Open since").contains("id=\"close-transition\"").doesNotContain("id=\"start-transition\"");

        // a closure without a reason is refused beside the field
        form(manager).post("/young-people/{id}/transition/closure", child).then().statusCode(422)
                .body(containsString("Enter why the young person asked to close their transition"));
        // with the reason it closes
        form(manager).formParam("reason", "Wants no further support").post("/young-people/{id}/transition/closure", child).then()
                .statusCode(303);
        assertThat(given().cookies(manager).get("/young-people/{id}", child).then().statusCode(200).extract().asString())
                .contains("Closed").contains("Wants no further support");

        // the worker is offered neither
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        given().cookies(worker).get("/young-people/{id}/transition/start", child).then().statusCode(403);
    }

    @Test
    void shouldReferToTheHouseProjectWhenTheSocialWorkerGivesTheReason() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        assertThat(file(worker)).contains("id=\"refer-house-project\"");
        form(worker).post("/young-people/{id}/house-project/referral", careLeaver).then().statusCode(422)
                .body(containsString("Enter why you are referring them"));

        form(worker).formParam("reason", "Ready for a home of her own").post("/young-people/{id}/house-project/referral", careLeaver)
                .then().statusCode(303);

        assertThat(file(worker)).contains("Referred: application, interview and offer").doesNotContain("id=\"refer-house-project\"");
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        given().cookies(manager).get("/young-people/{id}/house-project/referral", careLeaver).then().statusCode(403);
    }

    @Test
    void shouldRecordOversightWithAnActionOwnedByAWorkerChosenFromTheTeam() {
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        assertThat(file(manager)).contains("id=\"record-oversight\"");

        // an action without its owner: the message is beside the owner, nothing saved
        form(manager).formParam("decision", "Find a trainer flat").formParam("action-description", "Ask housing")
                .params(date("action-dueDate", today.plusDays(10))).post("/young-people/{id}/oversight", careLeaver).then()
                .statusCode(422).body(containsString("<a href=\"#action-owner\">Select who will do it</a>"));

        form(manager).formParam("decision", "Find a trainer flat").formParam("rationale", "B&B is not suitable")
                .formParam("action-description", "Ask housing").formParam("action-owner", team.worker().username())
                .params(date("action-dueDate", today.plusDays(10))).post("/young-people/{id}/oversight", careLeaver).then()
                .statusCode(303);

        assertThat(file(manager)).contains("Find a trainer flat").contains("Ask housing (" + team.worker().displayName() + ", due "
                + DueWording.date(today.plusDays(10)) + ")");
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        assertThat(file(worker)).doesNotContain("id=\"record-oversight\"").contains("Find a trainer flat");
        given().cookies(worker).get("/young-people/{id}/oversight", careLeaver).then().statusCode(403);
    }

    @Test
    void shouldOfferNoActionToAServiceManagerWhoReadsTheFileOfATeamBelowThem() {
        // given the service manager above the team: they read the file, the team acts on it
        Map<String, String> serviceManager = PageSessions.signIn(people.seniorManagersOf(team).serviceManager().username());

        // then the file offers them nothing, and the forms refuse them
        assertThat(file(serviceManager)).contains("Contacts").doesNotContain("id=\"file-actions\"").doesNotContain("id=\"allocate-");
        given().cookies(serviceManager).get("/young-people/{id}/allocations/iro", careLeaver).then().statusCode(403);
        form(serviceManager).formParam("decision", "Move her").post("/young-people/{id}/oversight", careLeaver).then().statusCode(403);
    }

    private String file(Map<String, String> session) {
        return given().cookies(session).get("/young-people/{id}", careLeaver).then().statusCode(200).extract().asString();
    }

    private static RequestSpecification form(Map<String, String> session) {
        return given().cookies(session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.get("csrf-token"));
    }

    private static Map<String, String> date(String name, LocalDate day) {
        return Map.of(name + "-day", Integer.toString(day.getDayOfMonth()), name + "-month", Integer.toString(day.getMonthValue()),
                name + "-year", Integer.toString(day.getYear()));
    }
}

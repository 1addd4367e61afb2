package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.accommodation.AccommodationRequest;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An accommodation change is never completed without a suitability judgement, wherever it is recorded (the API's accommodation
 * and a significant change's move, the significant-change page, and the record's own rule that every other path, the end of
 * care and any process step among them, goes through), and shared housing or bed and breakfast always needs the rationale
 * (issue 16; Salford 2021).
 */
@QuarkusTest
class AccommodationSuitabilityGuardTest {

    @Inject
    PeopleFixtures people;
    @Inject
    YoungPersonRecordService records;
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
    void shouldRefuseAnAccommodationChangeWithoutASuitabilityJudgementThroughTheApi() {
        // given a move with no judgement of its suitability
        Map<String, Object> unjudged = accommodation();
        unjudged.remove("suitable");

        // when it is recorded as accommodation, as a significant change's move, or at the end of care, it is refused
        api().body(unjudged).post("/api/young-people/{id}/accommodation", careLeaver).then().statusCode(400);
        api().body(Map.of("kind", "MOVE", "occurredOn", today.toString(), "accommodation", unjudged))
                .post("/api/young-people/{id}/significant-changes", careLeaver).then().statusCode(400);

        // then nothing is on the history
        api().get("/api/young-people/{id}/accommodation", careLeaver).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldRefuseAnUnjudgedMoveRecordedByAnyOtherStepNamingTheJudgement() {
        // when another feature's step records a move without a judgement or who made it
        AccommodationRequest unjudged = new AccommodationRequest("U", "Flat 3, Mill Street", today, false, null, null, " ");

        // then the record refuses it, naming each missing part, and records nothing
        assertThatThrownBy(() -> records.recordMove(careLeaver, unjudged, team.workerCaller()))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.errors()).extracting(FieldError::field)
                        .contains("accommodation.suitable", "accommodation.judgedBy", "accommodation.rationale"));
        assertThat(records.accommodation(careLeaver, team.workerCaller())).isEmpty();
    }

    @Test
    void shouldAskForTheRationaleOfSharedHousingAndBedAndBreakfastOnTheSignificantChangePage() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());

        // when a move to shared housing judged suitable is sent without a rationale, it comes back asking for it
        move(worker, "D", true).formParam("accommodation-sharedHousing", "true").post("/young-people/{id}/significant-change", careLeaver)
                .then().statusCode(422).body(containsString("href=\"#accommodation-rationale\""));

        // and so does a bed and breakfast judged suitable
        move(worker, "W", true).post("/young-people/{id}/significant-change", careLeaver)
                .then().statusCode(422).body(containsString("href=\"#accommodation-rationale\""));

        // and a move whose suitability is not judged asks for the judgement
        move(worker, "U", false).post("/young-people/{id}/significant-change", careLeaver)
                .then().statusCode(422).body(containsString("Select whether the accommodation is suitable"));

        // then nothing was recorded; with the rationale the bed and breakfast is recorded
        assertThat(records.accommodation(careLeaver, team.workerCaller())).isEmpty();
        move(worker, "W", true).formParam("accommodation-rationale", "Emergency for two nights while the flat is repaired")
                .post("/young-people/{id}/significant-change", careLeaver).then().statusCode(303);
        assertThat(records.accommodation(careLeaver, team.workerCaller())).singleElement()
                .satisfies(recorded -> assertThat(recorded.category()).isEqualTo("W"));
    }

    private RequestSpecification move(Map<String, String> session, String category, boolean judged) {
        RequestSpecification form = given().cookies(session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.get("csrf-token")).formParam("kind", "MOVE")
                .formParam("occurredOn-day", today.getDayOfMonth()).formParam("occurredOn-month", today.getMonthValue())
                .formParam("occurredOn-year", today.getYear())
                .formParam("accommodation-category", category).formParam("accommodation-addressOrProvider", "Mill Street")
                .formParam("accommodation-startDate-day", today.getDayOfMonth()).formParam("accommodation-startDate-month", today.getMonthValue())
                .formParam("accommodation-startDate-year", today.getYear()).formParam("accommodation-judgedBy", "Sam Worker");
        return judged ? form.formParam("accommodation-suitable", "true") : form;
    }

    private RequestSpecification api() {
        return given().header("Authorization", team.workerToken()).header("If-Match", "*").contentType(ContentType.JSON);
    }

    private Map<String, Object> accommodation() {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "U");
        body.put("addressOrProvider", "Flat 3, Mill Street");
        body.put("startDate", today.toString());
        body.put("sharedHousing", false);
        body.put("suitable", true);
        body.put("rationale", "Near college");
        body.put("judgedBy", "Sam Worker");
        return body;
    }
}

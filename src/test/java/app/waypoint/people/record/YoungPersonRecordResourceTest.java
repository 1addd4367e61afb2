package app.waypoint.people.record;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The record over time: leaving care with its approval and accommodation, the accommodation history, and edits that cross. */
@QuarkusTest
class YoungPersonRecordResourceTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldShowSeventeenYearOldRelevantWithAccommodationWhenManagerRecordsLeavingCareToSemiIndependentLiving() {
        // given an eligible 17-year-old in care since 13
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);
        String etag = as(team.managerToken()).get(person(id)).then().statusCode(200).body("status", equalTo("ELIGIBLE"))
                .extract().header("ETag");

        // when the manager records that care ended today, approved by the nominated officer, to semi-independent living
        Response ended = as(team.managerToken()).header("If-Match", etag).body(leaving(clock.today(), "NOMINATED_OFFICER", accommodation()))
                .post(person(id) + "/care-episodes/current/end");

        // then the record shows them relevant at once, with a new version
        ended.then().statusCode(200).body("status", equalTo("RELEVANT")).body("careEpisodes[0].end", equalTo(clock.today().toString()));
        assertThat(ended.header("ETag")).isNotEqualTo(etag);
        as(team.managerToken()).get(person(id)).then().body("status", equalTo("RELEVANT"));
        // and the accommodation is on the history with its suitability and rationale, coded for the return
        as(team.workerToken()).get(person(id) + "/accommodation").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].category", equalTo("D"))
                .body("[0].returnCode", equalTo("D1"))
                .body("[0].suitable", equalTo(true))
                .body("[0].rationale", equalTo("Staffed 24 hours, near her college"))
                .body("[0].judgedBy", equalTo("Maya Manager"));
        // and the episode keeps why and with whose approval it ended
        as(team.workerToken()).get(person(id) + "/care-episodes").then().statusCode(200)
                .body("[0].endReason", equalTo("INDEPENDENT_LIVING"))
                .body("[0].approverRole", equalTo("NOMINATED_OFFICER"))
                .body("[0].endedBy", equalTo(team.manager().username()));
        // and the chronology tells both
        as(team.workerToken()).get(person(id) + "/chronology").then().statusCode(200)
                .body("items.title", hasItem("Left care: Moved to independent or semi-independent living"))
                .body("items.title", hasItem("Accommodation: Semi-independent, transitional accommodation (self-contained flats, hostels, "
                        + "trainer flats) (suitable)"));
        // and the list shows them relevant
        as(team.managerToken()).queryParam("size", 200).get("/api/young-people").then()
                .body("items.find { it.id == '" + id + "' }.status", equalTo("RELEVANT"));
    }

    @Test
    void shouldAnswer422NamingTheApprovalAndSaveNothingWhenAChildLeavesBefore18WithoutIt() {
        // given an eligible 17-year-old in care
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);

        // when the manager records the end of care with no approval
        Map<String, Object> body = leaving(clock.today(), null, accommodation());
        body.remove("approval");
        Response refused = as(team.managerToken()).body(body).post(person(id) + "/care-episodes/current/end");

        // then it is a 422 naming the approval, and nothing changed
        refused.then().spec(problem(422, "invalid-leaving-care")).body("errors.field", hasItem("approval"));
        as(team.managerToken()).get(person(id)).then().body("status", equalTo("ELIGIBLE")).body("careEpisodes[0].end", nullValue());
        as(team.managerToken()).get(person(id) + "/accommodation").then().body("", hasSize(0));
    }

    @Test
    void shouldAnswer422NamingTheApproverWhenASection20SixteenOrSeventeenYearOldLeavesWithoutTheDirector() {
        // given a 17-year-old accommodated under section 20
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.SECTION_20);

        // when the manager records a nominated officer's approval
        Response refused = as(team.managerToken()).body(leaving(clock.today(), "NOMINATED_OFFICER", null))
                .post(person(id) + "/care-episodes/current/end");

        // then the director's approval is asked for and care goes on
        refused.then().spec(problem(422)).body("errors.field", hasItem("approval.approverRole"));
        as(team.managerToken()).get(person(id)).then().body("status", equalTo("ELIGIBLE"));

        // and with the director's approval it is recorded
        as(team.managerToken()).body(leaving(clock.today(), "DCS", null)).post(person(id) + "/care-episodes/current/end")
                .then().statusCode(200).body("status", equalTo("RELEVANT"));
    }

    @Test
    void shouldAnswer422AndSaveNothingWhenTheEndIsInTheFutureOrBeforeTheStart() {
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);

        as(team.managerToken()).body(leaving(clock.today().plusDays(1), "NOMINATED_OFFICER", null))
                .post(person(id) + "/care-episodes/current/end")
                .then().spec(problem(422)).body("errors.field", hasItem("endDate"));
        as(team.managerToken()).body(leaving(clock.today().minusYears(5), "NOMINATED_OFFICER", null))
                .post(person(id) + "/care-episodes/current/end")
                .then().spec(problem(422)).body("errors.field", hasItem("endDate"));

        as(team.managerToken()).get(person(id)).then().body("careEpisodes[0].end", nullValue());
    }

    @Test
    void shouldAnswer409AndKeepTheFirstChangeWhenASecondEditSendsAStaleVersion() {
        // given two managers who both read the record
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);
        String etag = as(team.managerToken()).get(person(id)).header("ETag");

        // when one records accommodation, then the other sends a change made on the same reading
        as(team.managerToken()).header("If-Match", etag).body(accommodation()).post(person(id) + "/accommodation").then().statusCode(201);
        Response stale = as(team.managerToken()).header("If-Match", etag).body(leaving(clock.today(), "NOMINATED_OFFICER", null))
                .post(person(id) + "/care-episodes/current/end");

        // then the second is refused with 409 and changes nothing
        stale.then().spec(problem(409, "stale-record"));
        as(team.managerToken()).get(person(id)).then().body("status", equalTo("ELIGIBLE"));
        as(team.managerToken()).get(person(id) + "/accommodation").then().body("", hasSize(1));
    }

    @Test
    void shouldAnswer422NamingTheRationaleWhenUnsuitableOrSharedHousingHasNone() {
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);

        for (Map<String, Object> body : List.of(accommodation(Map.of("suitable", false)), accommodation(Map.of("sharedHousing", true)),
                accommodation(Map.of("category", "W")))) {
            body.remove("rationale");
            as(team.managerToken()).body(body).post(person(id) + "/accommodation")
                    .then().spec(problem(422, "invalid-accommodation")).body("errors.field", hasItem("rationale"));
        }
        as(team.managerToken()).body(accommodation(Map.of("category", "QQ"))).post(person(id) + "/accommodation")
                .then().spec(problem(422)).body("errors.field", hasItem("category"));
        as(team.managerToken()).body(accommodation(Map.of("startDate", "1990-01-01"))).post(person(id) + "/accommodation")
                .then().spec(problem(422)).body("errors.field", hasItem("startDate"));
        as(team.managerToken()).get(person(id) + "/accommodation").then().body("", hasSize(0));
    }

    @Test
    void shouldHoldAFutureMoveAsPlannedWhenAccommodationStartsAhead() {
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);

        as(team.workerToken()).body(accommodation(Map.of("startDate", clock.today().plusDays(10).toString())))
                .post(person(id) + "/accommodation").then().statusCode(201).body("planned", equalTo(true));
    }

    @Test
    void shouldAnswer400ProblemWhenBodyOrIfMatchIsMalformed() {
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);

        as(team.managerToken()).body("{\"endDate\": \"yesterday\"}").post(person(id) + "/care-episodes/current/end").then().spec(problem(400));
        as(team.managerToken()).body("{}").post(person(id) + "/care-episodes/current/end").then().spec(problem(400));
        as(team.managerToken()).body("{\"category\": 5, \"suitable\": \"maybe\"}").post(person(id) + "/accommodation").then().spec(problem(400));
        as(team.managerToken()).header("If-Match", "banana").body(accommodation()).post(person(id) + "/accommodation").then().spec(problem(400));
        as(team.managerToken()).get(person(id) + "/accommodation").then().body("", hasSize(0));
    }

    @Test
    void shouldRefuseWorkersEndingCareAndHideTheHistoryFromOtherTeams() {
        TeamFixture team = people.team();
        TeamFixture other = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);

        as(team.workerToken()).body(leaving(clock.today(), "NOMINATED_OFFICER", null)).post(person(id) + "/care-episodes/current/end")
                .then().spec(problem(403));
        as(other.managerToken()).get(person(id) + "/accommodation").then().spec(problem(404));
        as(other.managerToken()).get(person(id) + "/care-episodes").then().spec(problem(404));
    }

    @Test
    void shouldKeepFlagHistoryAndTheCurrentFlagsWhenStaffSetAndClearFlags() {
        // given a young person with no flags
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);

        // when the worker records that they are an unaccompanied asylum seeker, then a manager that they are disabled and later not
        as(team.workerToken()).body(Map.of("flag", "UASC", "set", true, "effectiveOn", clock.today().minusYears(2).toString(),
                "detail", "Refugee status granted, 5 years leave", "reason", "Arrived unaccompanied")).post(person(id) + "/flags")
                .then().statusCode(201).body("flagName", equalTo("Unaccompanied asylum-seeking child"));
        as(team.managerToken()).body(Map.of("flag", "DISABLED", "set", true, "effectiveOn", clock.today().minusDays(10).toString(),
                "reason", "Diagnosis confirmed")).post(person(id) + "/flags").then().statusCode(201);
        as(team.managerToken()).body(Map.of("flag", "DISABLED", "set", false, "effectiveOn", clock.today().toString(),
                "reason", "Recorded in error")).post(person(id) + "/flags").then().statusCode(201);

        // then the record's flags are current and every change is kept, latest first, with who and why
        as(team.managerToken()).get(person(id)).then().body("flags.uasc", equalTo(true)).body("flags.disabled", equalTo(false));
        as(team.managerToken()).get(person(id) + "/flags").then().statusCode(200)
                .body("flag", equalTo(List.of("DISABLED", "DISABLED", "UASC")))
                .body("[2].detail", equalTo("Refugee status granted, 5 years leave"))
                .body("[0].reason", equalTo("Recorded in error"));
        as(team.managerToken()).get(person(id) + "/chronology").then().body("items.title", hasItem("Disabled: cleared"));
    }

    @Test
    void shouldAnswer422AndKeepFlagsWhenAFlagChangeIsDatedInTheFutureOrIsMalformed() {
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);

        as(team.managerToken()).body(Map.of("flag", "YOUNG_PARENT", "set", true, "effectiveOn", clock.today().plusDays(1).toString(),
                "reason", "Baby due")).post(person(id) + "/flags").then().spec(problem(422)).body("errors.field", hasItem("effectiveOn"));
        as(team.managerToken()).body(Map.of("flag", "ASTRONAUT", "set", true)).post(person(id) + "/flags").then().spec(problem(400));
        as(team.managerToken()).body(Map.of("flag", "UASC", "set", true, "effectiveOn", clock.today().toString()))
                .post(person(id) + "/flags").then().spec(problem(400));
        as(team.managerToken()).get(person(id) + "/flags").then().body("", hasSize(0));
        as(team.managerToken()).get(person(id)).then().body("flags.parent", equalTo(false));
    }

    @Test
    void shouldRecordTheAccommodationFlagAndCustodyWhenSignificantChangesOfMoveParenthoodAndCustodyAreRecorded() {
        // given a care leaver of 19
        TeamFixture team = people.team();
        UUID id = people.careLeaver(team, clock.today(), 19);
        String changes = person(id) + "/significant-changes";

        // when a move comes without the new accommodation, it is refused and nothing is recorded
        as(team.workerToken()).body(Map.of("kind", "MOVE", "occurredOn", clock.today().toString())).post(changes)
                .then().spec(problem(422)).body("errors.field", hasItem("accommodation"));
        Map<String, Object> unsuitable = accommodation(Map.of("category", "W", "suitable", false));
        unsuitable.remove("rationale");
        as(team.workerToken()).body(Map.of("kind", "MOVE", "occurredOn", clock.today().toString(), "accommodation", unsuitable)).post(changes)
                .then().spec(problem(422)).body("errors.field", hasItem("accommodation.rationale"));
        as(team.workerToken()).get(person(id) + "/pathway-reviews").then().body("", hasSize(0));

        // when the move, the birth of a child and custody are recorded as significant changes
        as(team.workerToken()).body(Map.of("kind", "MOVE", "occurredOn", clock.today().minusDays(5).toString(),
                "accommodation", accommodation(Map.of("category", "U", "startDate", clock.today().minusDays(5).toString())))).post(changes)
                .then().statusCode(201);
        as(team.workerToken()).body(Map.of("kind", "PARENTHOOD", "occurredOn", clock.today().minusDays(3).toString(), "detail", "A son"))
                .post(changes).then().statusCode(200);
        as(team.workerToken()).body(Map.of("kind", "CUSTODY", "occurredOn", clock.today().toString())).post(changes).then().statusCode(200);

        // then the accommodation history holds the move, and the flags say young parent and in custody
        as(team.workerToken()).get(person(id) + "/accommodation").then().body("[0].category", equalTo("U"));
        as(team.workerToken()).get(person(id)).then().body("flags.parent", equalTo(true)).body("flags.inCustody", equalTo(true));
        as(team.workerToken()).get(person(id) + "/flags").then().body("flag", equalTo(List.of("IN_CUSTODY", "YOUNG_PARENT")));
    }

    @Test
    void shouldKeepActivityAndInTouchHistoryWithTheirSsda903WordsWhenStaffRecordThem() {
        // given a care leaver of 19
        TeamFixture team = people.team();
        UUID id = people.careLeaver(team, clock.today(), 19);

        // when the worker records college, then NEET, and that the young person refuses contact
        as(team.workerToken()).body(Map.of("code", "F2", "effectiveOn", clock.today().minusMonths(6).toString()))
                .post(person(id) + "/activity").then().statusCode(201);
        as(team.workerToken()).body(Map.of("code", "G5", "effectiveOn", clock.today().minusDays(20).toString(), "note", "Left college"))
                .post(person(id) + "/activity").then().statusCode(201)
                .body("description", equalTo("Not in education, employment or training (NEET): other circumstances"));
        as(team.workerToken()).body(Map.of("code", "REFU", "effectiveOn", clock.today().toString(), "note", "Told Pat not to call again"))
                .post(person(id) + "/in-touch").then().statusCode(201).body("description", equalTo("Refuses contact"));

        // then both histories are kept, latest first, and the chronology tells them
        as(team.managerToken()).get(person(id) + "/activity").then().body("code", equalTo(List.of("G5", "F2")));
        as(team.managerToken()).get(person(id) + "/in-touch").then().body("[0].note", equalTo("Told Pat not to call again"));
        as(team.managerToken()).get(person(id) + "/chronology").then()
                .body("items.title", hasItem("Keeping in touch: Refuses contact"))
                .body("items.title", hasItem("Activity: Full-time in education other than higher education"));
    }

    @Test
    void shouldAnswer422NamingTheFieldAndSaveNothingWhenAnActivityOrInTouchStatusIsWrong() {
        TeamFixture team = people.team();
        UUID id = people.careLeaver(team, clock.today(), 19);

        as(team.workerToken()).body(Map.of("code", "ZZ", "effectiveOn", clock.today().toString())).post(person(id) + "/activity")
                .then().spec(problem(422, "invalid-activity")).body("errors.field", hasItem("code"));
        as(team.workerToken()).body(Map.of("code", "F1", "effectiveOn", clock.today().plusDays(3).toString())).post(person(id) + "/activity")
                .then().spec(problem(422)).body("errors.field", hasItem("effectiveOn"));
        as(team.workerToken()).body(Map.of("code", "NO", "effectiveOn", clock.today().toString())).post(person(id) + "/in-touch")
                .then().spec(problem(422, "invalid-in-touch")).body("errors.field", hasItem("note"));
        as(team.workerToken()).body(Map.of("code", "NO", "effectiveOn", "not-a-date")).post(person(id) + "/in-touch").then().spec(problem(400));
        as(team.iroToken()).body(Map.of("code", "YES", "effectiveOn", clock.today().toString(), "note", "Seen"))
                .post(person(id) + "/in-touch").then().spec(problem(403));
        as(team.managerToken()).get(person(id) + "/activity").then().body("", hasSize(0));
        as(team.managerToken()).get(person(id) + "/in-touch").then().body("", hasSize(0));
    }

    @Test
    void shouldCorrectTheIdentityKeepingBeforeAndAfterWhenAManagerGivesAReason() {
        // given a 17-year-old recorded with a misspelt name and the wrong date of birth
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);
        LocalDate born = LocalDate.parse(as(team.managerToken()).get(person(id)).path("dateOfBirth"));
        String etag = as(team.managerToken()).get(person(id)).header("ETag");

        // when the manager corrects the name and makes them a year older, with the reason
        Response corrected = as(team.managerToken()).header("If-Match", etag)
                .body(Map.of("givenName", "Alexa", "dateOfBirth", born.minusYears(1).toString(), "reason", "Birth certificate seen"))
                .post(person(id) + "/corrections");

        // then the record is corrected, its status recomputed (18: former relevant), and the corrections kept with before and after
        corrected.then().statusCode(200).body("givenName", equalTo("Alexa")).body("status", equalTo("FORMER_RELEVANT"));
        as(team.workerToken()).get(person(id) + "/corrections").then().statusCode(200)
                .body("field", org.hamcrest.Matchers.containsInAnyOrder("givenName", "dateOfBirth"))
                .body("find { it.field == 'givenName' }.oldValue", equalTo("Alex"))
                .body("find { it.field == 'dateOfBirth' }.newValue", equalTo(born.minusYears(1).toString()));
        as(team.workerToken()).get(person(id) + "/chronology").then().body("items.title", hasItem("Record corrected: givenName"));
        // and a second correction sent on the old version is refused
        as(team.managerToken()).header("If-Match", etag).body(Map.of("familyName", "Smith", "reason", "Typo"))
                .post(person(id) + "/corrections").then().spec(problem(409, "stale-record"));
    }

    @Test
    void shouldRefuseCorrectionsThatBreakTheRulesAndChangeNothing() {
        TeamFixture team = people.team();
        UUID id = seventeenInCare(team, LegalBasis.CARE_ORDER);
        UUID other = seventeenInCare(team, LegalBasis.CARE_ORDER);
        String otherLocalId = as(team.managerToken()).get(person(other)).path("localId");

        as(team.managerToken()).body(Map.of("dateOfBirth", clock.today().plusDays(1).toString(), "reason", "x")).post(person(id) + "/corrections")
                .then().spec(problem(422, "invalid-correction")).body("errors.field", hasItem("dateOfBirth"));
        as(team.managerToken()).body(Map.of("dateOfBirth", clock.today().minusYears(2).toString(), "reason", "x")).post(person(id) + "/corrections")
                .then().spec(problem(422)).body("errors.field", hasItem("dateOfBirth"));
        as(team.managerToken()).body(Map.of("givenName", "  ", "reason", "x")).post(person(id) + "/corrections")
                .then().spec(problem(422)).body("errors.field", hasItem("givenName"));
        as(team.managerToken()).body(Map.of("localId", otherLocalId, "reason", "x")).post(person(id) + "/corrections")
                .then().spec(problem(409, "local-id-taken"));
        as(team.managerToken()).body(Map.of("givenName", "Alexa")).post(person(id) + "/corrections").then().spec(problem(400));
        as(team.workerToken()).body(Map.of("givenName", "Alexa", "reason", "x")).post(person(id) + "/corrections").then().spec(problem(403));
        as(team.managerToken()).get(person(id) + "/corrections").then().body("", hasSize(0));
        as(team.managerToken()).get(person(id)).then().body("givenName", equalTo("Alex"));
    }

    private UUID seventeenInCare(TeamFixture team, LegalBasis basis) {
        LocalDate born = clock.today().minusYears(17).minusMonths(2);
        return people.youngPerson(team, born, false, List.of(new CareEpisodeInput(born.plusYears(13), null, basis)));
    }

    private static Map<String, Object> leaving(LocalDate end, String approver, Map<String, Object> accommodation) {
        Map<String, Object> body = new HashMap<>();
        body.put("endDate", end.toString());
        body.put("reason", "INDEPENDENT_LIVING");
        body.put("approval", Map.of("approverRole", approver == null ? "NOMINATED_OFFICER" : approver, "approvedBy", "Nora Officer",
                "approvedOn", end.minusDays(7).toString()));
        if (accommodation != null) {
            body.put("accommodation", accommodation);
        }
        return body;
    }

    private Map<String, Object> accommodation() {
        return accommodation(Map.of());
    }

    private Map<String, Object> accommodation(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "D");
        body.put("addressOrProvider", "Northgate supported flats");
        body.put("startDate", clock.today().toString());
        body.put("sharedHousing", false);
        body.put("suitable", true);
        body.put("rationale", "Staffed 24 hours, near her college");
        body.put("judgedBy", "Maya Manager");
        body.putAll(changes);
        return body;
    }

    private static String person(UUID id) {
        return "/api/young-people/" + id;
    }

    /** Changes name the version they were made on; {@code *} unless a test sends the ETag it read (which then replaces it). */
    private static RequestSpecification as(String token) {
        return given().config(RestAssuredConfig.config().headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("If-Match")))
                .header("Authorization", token).header("If-Match", "*").contentType(ContentType.JSON);
    }
}

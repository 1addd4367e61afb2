package app.waypoint.people.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contacts made and attempted: the outcome is optional (made), and an attempt is not the last contact. */
@QuarkusTest
class ContactResourceTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    ContactService contacts;

    @Test
    void shouldKeepTheLastContactMadeWhenALaterAttemptIsRecorded() {
        // given a care leaver visited a week ago (no outcome given: made, as before outcomes existed)
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID id = people.careLeaver(team, today, 19);
        post(team, id, Map.of("contactOn", today.minusDays(7).toString(), "kind", "VISIT", "lateReason", "Off sick")).then().statusCode(201)
                .body("outcome", equalTo("MADE"));

        // when a phone call today does not reach them
        post(team, id, Map.of("contactOn", today.toString(), "kind", "PHONE", "outcome", "ATTEMPTED")).then().statusCode(201)
                .body("outcome", equalTo("ATTEMPTED"));

        // then both are listed, latest first, and the last contact made is still the visit
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/contacts", id).then().statusCode(200)
                .body("outcome", equalTo(List.of("ATTEMPTED", "MADE")));
        assertThat(contacts.lastContactOn(List.of(id))).containsEntry(id, today.minusDays(7));
    }

    @Test
    void shouldRefuseAnUnknownOutcome() {
        TeamFixture team = people.team();
        UUID id = people.careLeaver(team, clock.today(), 19);
        post(team, id, Map.of("contactOn", clock.today().toString(), "kind", "PHONE", "outcome", "MAYBE")).then().statusCode(400);
    }

    private static io.restassured.response.Response post(TeamFixture team, UUID id, Map<String, String> body) {
        return given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(body)
                .post("/api/young-people/{id}/contacts", id);
    }
}

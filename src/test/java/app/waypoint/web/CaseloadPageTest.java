package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The young people page as a caseload view: the columns in words, the filters, search, and pages of 50 with the total. */
@QuarkusTest
class CaseloadPageTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldShowTheCaseloadInWordsAndNarrowItWhenTheManagerFilters() {
        // given a team with a care leaver in bed and breakfast judged not suitable, and another one, last seen 12 days ago
        TeamFixture team = people.team();
        UUID unsuitable = people.careLeaver(team, clock.today(), 19);
        Map<String, Object> accommodation = new HashMap<>();
        accommodation.put("category", "W");
        accommodation.put("addressOrProvider", "Station Hotel");
        accommodation.put("startDate", clock.today().minusDays(5).toString());
        accommodation.put("sharedHousing", false);
        accommodation.put("suitable", false);
        accommodation.put("rationale", "Only place available tonight");
        accommodation.put("judgedBy", "Maya Manager");
        given().header("Authorization", team.managerToken()).contentType("application/json").header("If-Match", "*").body(accommodation)
                .post("/api/young-people/{id}/accommodation", unsuitable).then().statusCode(201);
        UUID seen = people.careLeaver(team, clock.today(), 20);
        given().header("Authorization", team.workerToken()).contentType("application/json").header("If-Match", "*")
                .body(Map.of("contactOn", clock.today().minusDays(12).toString(), "kind", "VISIT", "lateReason", "Written up late")).post("/api/young-people/{id}/contacts", seen)
                .then().statusCode(201);
        Map<String, String> session = PageSessions.signIn(team.manager().username());

        // when the manager opens Young people
        String page = given().cookies(session).get("/young-people").then().statusCode(200).extract().asString();

        // then both are there with what a manager scans, in words
        assertThat(page).contains("2 young people you can see").contains("href=\"/young-people/" + unsuitable + "\"")
                .contains("href=\"/young-people/" + seen + "\"").contains("Former relevant").contains("Bed and breakfast (not suitable)")
                .contains("12 days ago").contains("None recorded").contains(team.worker().displayName()).doesNotContain(">FORMER_RELEVANT<");

        // and ticking "in unsuitable accommodation" leaves only the first; "no contact in 10 days" the first too; a search the second
        String filtered = given().cookies(session).queryParam("suitable", "false").get("/young-people").then().statusCode(200).extract().asString();
        assertThat(filtered).contains("1 young person you can see matching the filters").contains(unsuitable.toString())
                .doesNotContain(seen.toString()).contains("Clear filters");
        given().cookies(session).queryParam("noContactDays", "13").get("/young-people").then()
                .body(containsString(unsuitable.toString())).body(org.hamcrest.Matchers.not(containsString(seen.toString())));
        String localId = given().header("Authorization", team.managerToken()).get("/api/young-people/{id}", seen).then().extract().path("localId");
        given().cookies(session).queryParam("q", localId).get("/young-people").then()
                .body(containsString("1 young person")).body(containsString(seen.toString()));
        // and a status that does not exist is the page's 400, not a failure
        given().cookies(session).queryParam("status", "adult").get("/young-people").then().statusCode(400);
    }
}

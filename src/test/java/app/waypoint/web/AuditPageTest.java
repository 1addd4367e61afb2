package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Page reads in the audit trail, and the administrators' audit page. */
@QuarkusTest
class AuditPageTest {

    @Inject
    Casework casework;
    @Inject
    PeopleFixtures people;

    @Test
    void shouldLeaveExactlyOneEntryWhenSocialWorkerOpensYoungPersonPage() {
        // given a young person with a review under way (so their page gathers facts, allocations, processes and chronology)
        ReviewRequested review = casework.careLeaverAwaitingReview();
        TeamFixture team = review.team();
        String admin = Tokens.bearer(people.admin());
        long before = audit(review.youngPersonId(), admin).getLong("total");
        Map<String, String> session = PageSessions.signIn(team.worker().username());

        // when the social worker opens the young person's page
        given().cookies(session).get("/young-people/{id}", review.youngPersonId()).then().statusCode(200);

        // then exactly one entry more: a read through the page, by the worker
        JsonPath audit = audit(review.youngPersonId(), admin);
        assertThat(audit.getLong("total")).isEqualTo(before + 1);
        assertThat(audit.getString("items[0].channel")).isEqualTo("PAGE");
        assertThat(audit.getString("items[0].action")).isEqualTo("READ");
        assertThat(audit.getString("items[0].route")).isEqualTo("/young-people/{id}");
        assertThat(audit.getString("items[0].recordKind")).isEqualTo("young person");
        assertThat(audit.getString("items[0].username")).isEqualTo(team.worker().username());
    }

    @Test
    void shouldShowAdministratorWhoLookedAtYoungPersonAndWhatStaffLookedAt() {
        // given a young person whose page their worker opened
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, LocalDate.now(WaypointClock.ZONE), 17);
        given().cookies(PageSessions.signIn(team.worker().username())).get("/young-people/{id}", youngPerson).then().statusCode(200);
        StaffResponse admin = people.admin();
        Map<String, String> session = PageSessions.signIn(admin.username());

        // when an administrator opens the audit page, for the young person and then for the worker
        String home = given().cookies(session).get("/audit").then().statusCode(200).extract().asString();
        String aboutYoungPerson = given().cookies(session).queryParam("youngPerson", youngPerson.toString()).get("/audit")
                .then().statusCode(200).extract().asString();
        String byWorker = given().cookies(session).queryParam("staff", team.worker().id().toString()).get("/audit")
                .then().statusCode(200).extract().asString();

        // then the header links the audit, and each answer names the worker, the read and the page, in words
        assertThat(home).contains("href=\"/audit\"").contains("Young person").contains("Member of staff");
        assertThat(aboutYoungPerson).contains("1 entry").contains(team.worker().displayName()).contains("Read")
                .contains("Young person").contains("Page /young-people/{id}").doesNotContain("READ");
        assertThat(byWorker).contains("Whose records " + team.worker().displayName()).contains("1 entry").contains("Alex Test");
        // and reading the audit left no entry
        assertThat(audit(youngPerson, Tokens.bearer(admin)).getLong("total")).isEqualTo(1);
    }

    @Test
    void shouldShowThePageNotFoundAndNoLinkToAnyoneButAdministrators() {
        // given a team manager signed in
        TeamFixture team = people.team();
        Map<String, String> session = PageSessions.signIn(team.manager().username());

        // when they open the audit page, then it is not found, and their header has no link to it
        given().cookies(session).get("/audit").then().statusCode(404).body(containsString("Page not found"));
        given().cookies(session).get("/tasks").then().statusCode(200).body(not(containsString("href=\"/audit\"")));
    }

    private static JsonPath audit(UUID youngPerson, String adminToken) {
        return given().header("Authorization", adminToken).get("/api/audit/young-people/{id}", youngPerson)
                .then().statusCode(200).extract().jsonPath();
    }
}

package app.waypoint.audit;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The audit trail over HTTP: what a read, a change and a refusal leave, the administrators' two questions, and what cannot be done to it. */
@QuarkusTest
class AuditResourceTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock testClock;
    @Inject
    WaypointClock clock;
    @Inject
    AuditRetention retention;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToRealTime() {
        testClock.reset();
    }

    @Test
    void shouldLeaveExactlyOneReadEntryWhenWorkerReadsYoungPersonThroughApi() {
        // given a worker's allocated young person
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);
        String admin = adminToken();

        // when the worker reads their chronology, giving a reason
        given().header("Authorization", team.workerToken()).header("Waypoint-Reason", "Preparing the pathway review")
                .get("/api/young-people/{id}/chronology", youngPerson).then().statusCode(200);

        // then the young person's audit has exactly one entry: who, what, where and why
        JsonPath audit = aboutYoungPerson(youngPerson, admin);
        assertThat(audit.getList("items")).hasSize(1);
        assertThat(audit.getInt("total")).isEqualTo(1);
        assertThat(audit.getString("items[0].staffId")).isEqualTo(team.worker().id().toString());
        assertThat(audit.getString("items[0].username")).isEqualTo(team.worker().username());
        assertThat(audit.getString("items[0].youngPersonId")).isEqualTo(youngPerson.toString());
        assertThat(audit.getString("items[0].action")).isEqualTo("READ");
        assertThat(audit.getString("items[0].channel")).isEqualTo("API");
        assertThat(audit.getString("items[0].method")).isEqualTo("GET");
        assertThat(audit.getString("items[0].route")).isEqualTo("/api/young-people/{id}/chronology");
        assertThat(audit.getString("items[0].recordKind")).isEqualTo("chronology");
        assertThat(audit.getString("items[0].reason")).isEqualTo("Preparing the pathway review");
        assertThat(audit.getString("items[0].at")).isNotNull();
    }

    @Test
    void shouldLeaveOneChangeEntryWhenWorkerRecordsContact() {
        // given a worker's allocated young person
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);

        // when the worker records a contact
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("contactOn", clock.today().toString(), "kind", "VISIT"))
                .post("/api/young-people/{id}/contacts", youngPerson).then().statusCode(201);

        // then there is one CHANGE entry for the contacts, with no reason given
        JsonPath audit = aboutYoungPerson(youngPerson, adminToken());
        assertThat(audit.getList("items")).hasSize(1);
        assertThat(audit.getString("items[0].action")).isEqualTo("CHANGE");
        assertThat(audit.getString("items[0].method")).isEqualTo("POST");
        assertThat(audit.getString("items[0].route")).isEqualTo("/api/young-people/{id}/contacts");
        assertThat(audit.getString("items[0].recordKind")).isEqualTo("contacts");
        assertThat(audit.getString("items[0].reason")).isNull();
    }

    @Test
    void shouldLeaveNoEntryWhenChangeIsRefusedAfterTheVisibilityCheck() {
        // given a worker's allocated young person
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);

        // when the worker records a contact in the future (refused with 422 after the young person was found visible)
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("contactOn", clock.today().plusDays(3).toString(), "kind", "VISIT"))
                .post("/api/young-people/{id}/contacts", youngPerson).then().spec(problem(422));

        // then the entry rolled back with the refused change
        assertThat(aboutYoungPerson(youngPerson, adminToken()).getList("items")).isEmpty();
    }

    @Test
    void shouldLeaveNoEntryWhenCallerMayNotSeeTheYoungPerson() {
        // given a young person of one team, and a worker of another
        TeamFixture team = people.team();
        TeamFixture other = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);

        // when the other team's worker tries to read them
        given().header("Authorization", other.workerToken()).get("/api/young-people/{id}", youngPerson).then().statusCode(404);

        // then nothing was recorded
        assertThat(aboutYoungPerson(youngPerson, adminToken()).getList("items")).isEmpty();
    }

    @Test
    void shouldRecordEachYoungPersonShownWhenManagerListsTheirTeam() {
        // given a team with two young people
        TeamFixture team = people.team();
        UUID first = people.careLeaver(team, clock.today(), 17);
        UUID second = people.careLeaver(team, clock.today(), 18);
        String admin = adminToken();

        // when the manager lists the young people they can see
        given().header("Authorization", team.managerToken()).get("/api/young-people").then().statusCode(200);

        // then each young person shown has one READ entry for the list
        for (UUID youngPerson : List.of(first, second)) {
            JsonPath audit = aboutYoungPerson(youngPerson, admin);
            assertThat(audit.getList("items")).hasSize(1);
            assertThat(audit.getString("items[0].route")).isEqualTo("/api/young-people");
            assertThat(audit.getString("items[0].recordKind")).isEqualTo("young people");
            assertThat(audit.getString("items[0].username")).isEqualTo(team.manager().username());
        }
    }

    @Test
    void shouldAnswerWhatMemberOfStaffLookedAtNewestFirstWithinDates() {
        // given a worker who read two of their young people, one after the other
        TeamFixture team = people.team();
        UUID first = people.careLeaver(team, clock.today(), 17);
        UUID second = people.careLeaver(team, clock.today(), 18);
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}", first).then().statusCode(200);
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/allocations", second).then().statusCode(200);
        String admin = adminToken();

        // when an administrator asks what the worker looked at
        JsonPath audit = given().header("Authorization", admin).get("/api/audit/staff/{id}", team.worker().id())
                .then().statusCode(200).extract().jsonPath();

        // then both reads are there, newest first, with the part of the record each was
        assertThat(audit.getList("items.youngPersonId")).containsExactly(second.toString(), first.toString());
        assertThat(audit.getList("items.recordKind")).containsExactly("allocations", "young person");
        assertThat(audit.getInt("total")).isEqualTo(2);
        assertThat(audit.getInt("page")).isZero();
        // and a range of days that ends yesterday has none of them, one that covers today has both
        LocalDate today = clock.today();
        given().header("Authorization", admin).queryParam("to", today.minusDays(1).toString())
                .get("/api/audit/staff/{id}", team.worker().id()).then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", admin).queryParam("from", today.toString()).queryParam("to", today.toString())
                .get("/api/audit/staff/{id}", team.worker().id()).then().statusCode(200).body("total", equalTo(2));
        // and a range that ends before it starts is refused
        given().header("Authorization", admin).queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString())
                .get("/api/audit/staff/{id}", team.worker().id()).then().spec(problem(400));
    }

    @Test
    void shouldNotRecordReadingTheAuditItself() {
        // given a young person read once by their worker
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}", youngPerson).then().statusCode(200);
        String admin = adminToken();

        // when an administrator reads their audit twice
        aboutYoungPerson(youngPerson, admin);
        JsonPath audit = aboutYoungPerson(youngPerson, admin);

        // then only the worker's read is there
        assertThat(audit.getList("items.username")).containsExactly(team.worker().username());
    }

    @Test
    void shouldRefuseTheAuditToEveryoneButAdministrators() {
        // given a young person, their team, and a worker whose token claims to be an administrator
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);
        String forgedAdmin = Tokens.bearer(team.worker().username(), "admin");

        // when anyone but an administrator asks either question, then 403
        for (String token : List.of(team.workerToken(), team.managerToken(), team.iroToken(), forgedAdmin)) {
            given().header("Authorization", token).get("/api/audit/young-people/{id}", youngPerson).then().spec(problem(403));
            given().header("Authorization", token).get("/api/audit/staff/{id}", team.worker().id()).then().spec(problem(403));
        }
    }

    @Test
    void shouldRefuseToUpdateOrDeleteEntriesInTheDatabase() throws SQLException {
        // given an entry
        UUID youngPerson = UUID.randomUUID();
        insertEntry(youngPerson, Instant.now());

        // when anything updates or deletes it, even straight in the database, then the database refuses
        assertThatThrownBy(() -> execute("update waypoint.audit_entry set username = 'someone.else' where young_person_id = ?", youngPerson))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from waypoint.audit_entry where young_person_id = ?", youngPerson))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("truncate waypoint.audit_entry", null))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(count(youngPerson)).isEqualTo(1);
    }

    @Test
    void shouldPurgeOnlyEntriesOlderThanTheRetentionPeriod() throws SQLException {
        // given an entry made now and one made a day after it
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        Instant now = clock.now();
        insertEntry(older, now);
        insertEntry(newer, now.plus(Duration.ofDays(1)));

        // when the purge runs today, then nothing of today goes
        retention.purge();
        assertThat(count(older) + count(newer)).isEqualTo(2);

        // when the clock reaches seven years (the retention period) and an hour after the first, and the daily purge runs
        Instant sevenYearsOn = ZonedDateTime.ofInstant(now, WaypointClock.ZONE).plus(Period.ofYears(7)).toInstant().plus(Duration.ofHours(1));
        clock.shift(Duration.between(clock.now(), sevenYearsOn));
        retention.purge();

        // then only the older entry is gone
        assertThat(count(older)).isZero();
        assertThat(count(newer)).isEqualTo(1);
    }

    private static JsonPath aboutYoungPerson(UUID youngPerson, String adminToken) {
        return given().header("Authorization", adminToken).get("/api/audit/young-people/{id}", youngPerson)
                .then().statusCode(200).extract().jsonPath();
    }

    private String adminToken() {
        StaffResponse admin = people.admin();
        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
        return Tokens.bearer(admin);
    }

    private void insertEntry(UUID youngPerson, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into waypoint.audit_entry (at, staff_id, username, young_person_id, action, channel, method, route, record_kind)
                values (?, ?, 'test.user', ?, 'READ', 'API', 'GET', '/api/young-people/{id}', 'young person')""")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, youngPerson);
            insert.executeUpdate();
        }
    }

    private void execute(String sql, UUID youngPerson) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (youngPerson != null) {
                statement.setObject(1, youngPerson);
            }
            statement.executeUpdate();
        }
    }

    private long count(UUID youngPerson) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from waypoint.audit_entry where young_person_id = ?")) {
            query.setObject(1, youngPerson);
            var result = query.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }
}

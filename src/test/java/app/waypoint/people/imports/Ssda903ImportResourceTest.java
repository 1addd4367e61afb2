package app.waypoint.people.imports;

import static app.waypoint.testsupport.Problems.problem;
import static app.waypoint.testsupport.Ssda903Files.day;
import static app.waypoint.testsupport.Ssda903Files.episode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.status.Birthdays;
import app.waypoint.people.youngpeople.YoungPersonName;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Ssda903Files;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Importing the SSDA903 header, episodes and OC3 tables (issue 15 part 4). */
@QuarkusTest
class Ssda903ImportResourceTest {

    private static final String IMPORT = "/api/imports/ssda903";
    private static final String HEADER = Ssda903Files.HEADER_COLUMNS + "\n";
    private static final String EPISODES = Ssda903Files.EPISODE_COLUMNS + "\n";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    YoungPersonService youngPeople;
    @Inject
    EntityManager entities;

    @Test
    void shouldCreateYoungPeopleWithTheirCareHistoryWhenAnAdministratorImportsHeaderAndEpisodes() {
        // given a header and episodes file of two children, one 19 whose care ended on their 18th birthday, one 16 in care
        TeamFixture team = people.team();
        String admin = Tokens.bearer(people.admin());
        String prefix = unique();
        Ssda903Files.Files files = Ssda903Files.generate(prefix, 4, clock.today());

        // when an administrator imports them into the team
        JsonPath report = importing(admin, team, files.header(), files.episodes(), null, false);

        // then four children are created, every row says so, and each has their three episodes of care
        assertThat(report.getMap("children")).containsEntry("created", 4).containsEntry("refused", 0);
        assertThat(report.getList("rows.outcome", String.class)).hasSize(16).containsOnly("CREATE");
        UUID nineteen = idOf(prefix + "-3");
        List<Map<String, Object>> episodes = as(admin).get("/api/young-people/{id}/care-episodes", nineteen).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(episodes).hasSize(3);
        assertThat(episodes.get(0)).containsEntry("legalBasis", "CARE_ORDER");
        assertThat(episodes.get(0).get("end")).isNotNull();
        assertThat(episodes.get(2)).containsEntry("legalBasis", "SECTION_20");
        JsonPath record = as(admin).get("/api/young-people/{id}", nineteen).then().statusCode(200).extract().jsonPath();
        assertThat(record.getString("status")).isEqualTo("FORMER_RELEVANT");
        assertThat(record.getString("teamId")).isEqualTo(team.id().toString());
        assertThat(as(admin).get("/api/young-people/{id}", idOf(prefix + "-0")).then().statusCode(200).extract().path("status").toString())
                .isEqualTo("ELIGIBLE");
    }

    @Test
    void shouldRefuseABadRowWithItsReasonAndWriteNothingOfThatChildWhenAFileHasOne() {
        // given two children, the second with an episode under an unknown legal status
        TeamFixture team = people.team();
        String good = unique();
        String bad = unique();
        LocalDate born = clock.today().minusYears(17);
        String header = HEADER + good + ",1," + day(born) + ",WBRI,,,\n" + bad + ",2," + day(born) + ",WBRI,,,\n";
        String episodes = EPISODES + episode(good, born.plusYears(12), "S", "C2", "U1", null, "")
                + episode(bad, born.plusYears(12), "S", "C2", "U1", born.plusYears(13), "X1")
                + episode(bad, born.plusYears(13), "S", "Q9", "U1", null, "");

        // when the manager imports them into their team
        JsonPath report = importing(team.managerToken(), team, header, episodes, null, false);

        // then the good child is created; the bad child is refused with every one of their rows, the bad one naming LS and why
        assertThat(report.getMap("children")).containsEntry("created", 1).containsEntry("refused", 1);
        Map<String, Object> refused = row(report, "episodes", 4);
        assertThat(refused).containsEntry("child", bad).containsEntry("outcome", "REFUSED").containsEntry("field", "LS");
        assertThat((String) refused.get("message")).contains("not an SSDA903 legal status code");
        assertThat(row(report, "header", 3)).containsEntry("outcome", "REFUSED");
        assertThat((String) row(report, "episodes", 3).get("message")).contains("see episodes row 4");
        assertThat(youngPeople.byLocalId(good)).isPresent();
        assertThat(youngPeople.byLocalId(bad)).isEmpty();
    }

    @Test
    void shouldRefuseAChildWhoseEpisodesOverlapAndCreateNothingOfThem() {
        // given a child whose second episode starts before the first has ended
        TeamFixture team = people.team();
        String child = unique();
        LocalDate born = clock.today().minusYears(17);
        String header = HEADER + child + ",1," + day(born) + ",WBRI,,,\n";
        String episodes = EPISODES + episode(child, born.plusYears(12), "S", "C2", "U1", born.plusYears(14), "X1")
                + episode(child, born.plusYears(13), "P", "C2", "U1", null, "");

        // when they are imported
        JsonPath report = importing(team.managerToken(), team, header, episodes, null, false);

        // then the child is refused, the overlapping episode named, and nothing of them is written
        assertThat(report.getMap("children")).containsEntry("refused", 1).containsEntry("created", 0);
        assertThat(row(report, "episodes", 3)).containsEntry("field", "DECOM");
        assertThat((String) row(report, "episodes", 3).get("message")).contains("must not overlap");
        assertThat(youngPeople.byLocalId(child)).isEmpty();
    }

    @Test
    void shouldChangeNothingWhenTheSameFilesAreImportedAgain() {
        // given files imported once
        TeamFixture team = people.team();
        String prefix = unique();
        Ssda903Files.Files files = Ssda903Files.generate(prefix, 3, clock.today());
        importing(team.managerToken(), team, files.header(), files.episodes(), null, false);
        UUID id = idOf(prefix + "-1");
        String version = as(team.managerToken()).get("/api/young-people/{id}", id).then().extract().header("ETag");

        // when the same files are imported again
        JsonPath again = importing(team.managerToken(), team, files.header(), files.episodes(), null, false);

        // then every child and every row is unchanged, and the record has not moved on
        assertThat(again.getMap("children")).containsEntry("unchanged", 3).containsEntry("created", 0).containsEntry("updated", 0);
        assertThat(again.getList("rows.outcome", String.class)).containsOnly("UNCHANGED");
        assertThat(as(team.managerToken()).get("/api/young-people/{id}", id).then().extract().header("ETag")).isEqualTo(version);
        assertThat(as(team.managerToken()).get("/api/young-people/{id}/care-episodes", id).then().extract().jsonPath().getList("$"))
                .hasSize(3);
    }

    @Test
    void shouldEndTheOpenEpisodeAndAddTheNextWhenALaterFileCarriesOn() {
        // given a 17-year-old imported while in care
        TeamFixture team = people.team();
        String child = unique();
        LocalDate born = clock.today().minusYears(17).minusDays(10);
        String header = HEADER + child + ",1," + day(born) + ",WBRI,,,\n";
        LocalDate start = born.plusYears(12);
        importing(team.managerToken(), team, header, EPISODES + episode(child, start, "S", "V2", "U1", null, ""), null, false);

        // when a later file ends that episode and starts a care order the same day
        LocalDate changed = clock.today().minusDays(5);
        String later = EPISODES + episode(child, start, "S", "V2", "U1", changed, "X1") + episode(child, changed, "L", "C2", "U1", null, "");
        JsonPath report = importing(team.managerToken(), team, header, later, null, false);

        // then the child is updated: the header unchanged, the first episode ended and the care order added
        assertThat(report.getMap("children")).containsEntry("updated", 1);
        assertThat(report.getList("rows.outcome", String.class)).containsExactly("UNCHANGED", "UPDATE", "UPDATE");
        List<Map<String, Object>> episodes = as(team.managerToken()).get("/api/young-people/{id}/care-episodes", idOf(child)).then()
                .extract().jsonPath().getList("$");
        assertThat(episodes).hasSize(2);
        assertThat(episodes.get(0)).containsEntry("legalBasis", "CARE_ORDER").containsEntry("start", changed.toString());
        assertThat(episodes.get(1)).containsEntry("end", changed.toString());
    }

    @Test
    void shouldWriteNothingWhenItIsADryRun() {
        // given files of two children
        TeamFixture team = people.team();
        String prefix = unique();
        Ssda903Files.Files files = Ssda903Files.generate(prefix, 2, clock.today());

        // when they are imported as a dry run
        JsonPath report = importing(team.managerToken(), team, files.header(), files.episodes(), null, true);

        // then the report says what would be created, and nobody is
        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getMap("children")).containsEntry("created", 2);
        assertThat(youngPeople.byLocalId(prefix + "-0")).isEmpty();
        assertThat(youngPeople.byLocalId(prefix + "-1")).isEmpty();
    }

    @Test
    void shouldSeedInTouchActivityAndAccommodationOnTheBirthdayWhenOc3IsImported() {
        // given a care leaver whose 19th birthday fell in the last complete collection year, and one who died
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        int year = today.getMonth().compareTo(Month.APRIL) >= 0 ? today.getYear() : today.getYear() - 1;
        LocalDate born = LocalDate.of(year - 20, Month.JUNE, 15);
        String child = unique();
        String died = unique();
        String header = HEADER + child + ",1," + day(born) + ",WBRI,,,\n" + died + ",2," + day(born) + ",WBRI,,,\n";
        String episodes = EPISODES + episode(child, born.plusYears(14), "S", "C2", "U1", Birthdays.anniversary(born, 18), "E8")
                + episode(died, born.plusYears(14), "S", "C2", "U1", Birthdays.anniversary(born, 18), "E8");
        String oc3 = Ssda903Files.OC3_COLUMNS + "\n" + child + "," + day(born) + ",YES,F2,U1\n" + died + "," + day(born) + ",DIED,0,0\n";

        // when the three files are imported, then again
        JsonPath report = importing(team.managerToken(), team, header, episodes, oc3, false);
        JsonPath again = importing(team.managerToken(), team, header, episodes, oc3, false);

        // then the codes are recorded from the 19th birthday (nothing for activity or accommodation of the one who died), once
        assertThat(report.getMap("children")).containsEntry("created", 2);
        assertThat(again.getList("rows.outcome", String.class)).containsOnly("UNCHANGED");
        LocalDate birthday = Birthdays.anniversary(born, 19);
        UUID id = idOf(child);
        JsonPath inTouch = as(team.managerToken()).get("/api/young-people/{id}/in-touch", id).then().statusCode(200).extract().jsonPath();
        assertThat(inTouch.getList("code")).containsExactly("YES");
        assertThat(inTouch.getList("effectiveOn")).containsExactly(birthday.toString());
        assertThat(as(team.managerToken()).get("/api/young-people/{id}/activity", id).then().extract().jsonPath().getList("code"))
                .containsExactly("F2");
        JsonPath accommodation = as(team.managerToken()).get("/api/young-people/{id}/accommodation", id).then().extract().jsonPath();
        assertThat(accommodation.getList("returnCode")).containsExactly("U1");
        assertThat(accommodation.getList("startDate")).containsExactly(birthday.toString());
        UUID deceased = idOf(died);
        assertThat(as(team.managerToken()).get("/api/young-people/{id}/in-touch", deceased).then().extract().jsonPath().getList("code"))
                .containsExactly("DIED");
        assertThat(as(team.managerToken()).get("/api/young-people/{id}/activity", deceased).then().extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void shouldRefuseAnOc3RowWithAnUnknownCodeNamingTheField() {
        // given a recorded care leaver and an OC3 row with an accommodation code that is not one
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        int year = today.getMonth().compareTo(Month.APRIL) >= 0 ? today.getYear() : today.getYear() - 1;
        LocalDate born = LocalDate.of(year - 20, Month.MAY, 2);
        String child = unique();
        importing(team.managerToken(), team, HEADER + child + ",1," + day(born) + ",WBRI,,,\n",
                EPISODES + episode(child, born.plusYears(15), "S", "C2", "U1", Birthdays.anniversary(born, 18), "E8"), null, false);

        // when OC3 alone is imported with ACCOM Q1
        JsonPath report = importing(team.managerToken(), team, null, null,
                Ssda903Files.OC3_COLUMNS + "\n" + child + "," + day(born) + ",YES,F5,Q1\n", false);

        // then the row is refused naming ACCOM, and no in-touch code is recorded either
        assertThat(row(report, "oc3", 2)).containsEntry("field", "ACCOM").containsEntry("outcome", "REFUSED");
        assertThat(as(team.managerToken()).get("/api/young-people/{id}/in-touch", idOf(child)).then().extract().jsonPath().getList("$"))
                .isEmpty();
    }

    @Test
    void shouldAnswerAProblemWhenAFileIsMalformedOrHasTheWrongColumns() {
        TeamFixture team = people.team();
        // a quoted cell never closed: 400 naming the file
        as(team.managerToken()).body(body(team, HEADER + "\"A1,1,01/01/2008,WBRI,,,\n", null, null)).post(IMPORT)
                .then().spec(problem(400)).body("errors[0].field", org.hamcrest.Matchers.equalTo("header"));
        // an episodes file without its columns: 422 naming the missing ones
        as(team.managerToken()).body(body(team, null, "CHILD,START,END\nA1,01/01/2020,\n", null)).post(IMPORT)
                .then().spec(problem(422, "wrong-columns")).body("errors[0].message", org.hamcrest.Matchers.containsString("DECOM"));
    }

    @Test
    void shouldRefuseAManagerImportingIntoAnotherTeamAndAWorker() {
        TeamFixture team = people.team();
        TeamFixture other = people.team();
        Ssda903Files.Files files = Ssda903Files.generate(unique(), 1, clock.today());
        as(other.managerToken()).body(body(team, files.header(), files.episodes(), null)).post(IMPORT).then().spec(problem(403));
        as(team.workerToken()).body(body(team, files.header(), files.episodes(), null)).post(IMPORT).then().spec(problem(403));
    }

    @Test
    void shouldImportAThousandChildrenAndPrintTheTimeItTook() {
        // given header and episodes files of 1,000 care leavers aged 18 to 21 (3,000 episodes)
        TeamFixture team = people.team();
        String admin = Tokens.bearer(people.admin());
        String prefix = unique();
        Ssda903Files.Files files = Ssda903Files.generate(prefix, 1000, clock.today(), 18);

        // when an administrator imports them, then imports them again (no process is started: care leavers are due none)
        long started = System.nanoTime();
        JsonPath first = importing(admin, team, files.header(), files.episodes(), null, false);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        JsonPath second = importing(admin, team, files.header(), files.episodes(), null, false);
        long secondMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("SSDA903 import of 1,000 children (header + 3,000 episodes): %d ms; the same files again: %d ms%n",
                firstMillis, secondMillis);

        // then all are created the first time and unchanged the second
        try {
            assertThat(first.getMap("children")).containsEntry("created", 1000);
            assertThat(second.getMap("children")).containsEntry("unchanged", 1000);
        } finally {
            // the 1,000 are removed again, so that the tests after this one in the same database do not carry them
            QuarkusTransaction.requiringNew().run(() -> {
                entities.createNativeQuery("delete from waypoint.care_episode where young_person_id in "
                        + "(select id from waypoint.young_person where local_id like :prefix)").setParameter("prefix", prefix + "-%").executeUpdate();
                entities.createNativeQuery("delete from waypoint.young_person where local_id like :prefix")
                        .setParameter("prefix", prefix + "-%").executeUpdate();
            });
        }
    }

    private JsonPath importing(String token, TeamFixture team, String header, String episodes, String oc3, boolean dryRun) {
        return as(token).queryParam("dryRun", dryRun).body(body(team, header, episodes, oc3)).post(IMPORT)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> body(TeamFixture team, String header, String episodes, String oc3) {
        Map<String, Object> body = new HashMap<>();
        body.put("teamId", team.id().toString());
        body.put("header", header);
        body.put("episodes", episodes);
        body.put("oc3", oc3);
        return body;
    }

    private static Map<String, Object> row(JsonPath report, String table, int line) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream().filter(row -> row.get("table").equals(table) && ((Number) row.get("row")).intValue() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no " + table + " row " + line + " in " + rows));
    }

    private UUID idOf(String localId) {
        return youngPeople.byLocalId(localId).map(YoungPersonName::id).orElseThrow();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    private static String unique() {
        return "IMP" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + UUID.randomUUID().toString().substring(0, 4);
    }
}

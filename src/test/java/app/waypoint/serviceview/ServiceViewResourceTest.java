package app.waypoint.serviceview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.waypoint.serviceview.domain.FigureSummary;
import app.waypoint.serviceview.domain.InspectorSpreadsheet;
import app.waypoint.serviceview.domain.ServiceViewService;
import app.waypoint.serviceview.domain.ServiceViewSnapshots;
import app.waypoint.testsupport.PeopleFixtures.SeniorManagers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Who sees which teams in the service view, the drill-down's audit, the daily snapshot and trend, and the engine's overdue steps. */
@QuarkusTest
class ServiceViewResourceTest {

    @Inject
    PeopleFixtures people;
    @Inject
    ServiceViewFixtures records;
    @Inject
    ServiceViewSnapshots snapshots;
    @Inject
    ServiceViewService service;
    @Inject
    TestClock clock;

    @Test
    void shouldShowATeamManagerTheirTeamAndAServiceManagerEveryTeamUnderThem() {
        // given two teams under one service manager, each with a 16-year-old without a plan
        TeamFixture first = people.team();
        TeamFixture second = people.team();
        SeniorManagers seniors = people.seniorManagersOf(first);
        people.placeUnder(seniors, second);
        LocalDate today = clock.today();
        people.youngPerson(first, today.minusYears(16).minusDays(5), today.minusYears(3), false);
        people.youngPerson(second, today.minusYears(16).minusDays(5), today.minusYears(3), false);

        // when / then the team manager sees their team only
        as(first.managerToken()).get("/api/service-view").then().statusCode(200)
                .body("teams", contains(teamName(first)))
                .body("figures.find { it.key == 'plans-16-17' }.counted", equalTo(1));
        // the service manager sees both teams
        as(Tokens.bearer(seniors.serviceManager())).get("/api/service-view/figures/plans-16-17").then().statusCode(200)
                .body("counted", equalTo(2)).body("total", equalTo(2));
        as(Tokens.bearer(seniors.serviceManager())).get("/api/service-view").then().statusCode(200)
                .body("teams", containsInAnyOrder(teamName(first), teamName(second)));
    }

    @Test
    void shouldShowTheOverviewAsOfTodaysSnapshotAndAFigureAndItsPeopleLive() {
        // given a team with a 16-year-old without a plan, whose overview has been opened today (so its snapshot is taken)
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        people.youngPerson(team, today.minusYears(16).minusDays(5), today.minusYears(3), false);
        String asOf = as(team.managerToken()).get("/api/service-view").then().statusCode(200)
                .body("figures.find { it.key == 'plans-16-17' }.counted", equalTo(1)).extract().path("asOf");

        // when a second 16-year-old without a plan joins the team
        people.youngPerson(team, today.minusYears(16).minusDays(9), today.minusYears(3), false);

        // then the overview still shows today's snapshot, as of when it was taken
        assertThat(asOf).isNotNull();
        as(team.managerToken()).get("/api/service-view").then().statusCode(200)
                .body("asOf", equalTo(asOf)).body("day", equalTo(today.toString()))
                .body("figures.find { it.key == 'plans-16-17' }.counted", equalTo(1));
        // while the figure's own count and the people behind it are live
        as(team.managerToken()).get("/api/service-view/figures/plans-16-17").then().statusCode(200).body("counted", equalTo(2));
        as(team.managerToken()).get("/api/service-view/figures/plans-16-17/members").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void shouldRefuseWorkersAndIros() {
        // given
        TeamFixture team = people.team();

        // when / then
        as(team.workerToken()).get("/api/service-view").then().statusCode(403);
        as(team.iroToken()).get("/api/service-view/figures/plans-16-17/members").then().statusCode(403);
    }

    @Test
    void shouldAuditTheYoungPeopleListedBehindAFigure() {
        // given
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID person = people.youngPerson(team, today.minusYears(17), today.minusYears(3), false);

        // when
        as(team.managerToken()).get("/api/service-view/figures/plans-16-17/members").then().statusCode(200)
                .body("items.id", contains(person.toString())).body("total", equalTo(1));

        // then
        as(Tokens.bearer(people.admin())).get("/api/audit/young-people/{id}", person).then().statusCode(200)
                .body("items.find { it.route.contains('service-view') }.username", equalTo(team.manager().username()));
    }

    @Test
    void shouldAnswer404ForAFigureThatDoesNotExist() {
        TeamFixture team = people.team();
        as(team.managerToken()).get("/api/service-view/figures/no-such-figure").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldTakeEachDaysSnapshotOnceAndDrawTheTrendFromIt() {
        // given a team with one 16-year-old without a plan, and yesterday's snapshot not yet taken
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        people.youngPerson(team, today.minusYears(16).minusDays(5), today.minusYears(3), false);
        LocalDate yesterday = today.minusDays(1);
        records.execute("delete from waypoint.service_view_snapshot where day = ?1", yesterday);
        records.execute("delete from waypoint.service_view_snapshot_team where day = ?1", yesterday);

        // when it is taken twice
        boolean first = snapshots.take(yesterday);
        boolean second = snapshots.take(yesterday);

        // then the second changes nothing, and the trend has the one day
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        as(team.managerToken()).get("/api/service-view/figures/plans-16-17/trend").then().statusCode(200)
                .body("day", contains(yesterday.toString())).body("counted", contains(1)).body("total", contains(1));
    }

    @Test
    void shouldCountEngineStepsPastTheirDueDateByProcessAndStep() {
        // given a young person whose leaving-care transition has started
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID person = people.youngPerson(team, today.minusYears(16).minusMonths(10), today.minusYears(3), false);
        as(team.managerToken()).post("/api/young-people/{id}/transition", person).then().statusCode(201);
        FigureSummary now = service.figure("overdue-steps", team.managerCaller());

        // when two years have passed
        try {
            clock.travelTo(today.plusYears(2));
            FigureSummary later = service.figure("overdue-steps", team.managerCaller());

            // then every open step is overdue, grouped by process and step
            assertThat(now.total()).isPositive();
            assertThat(later.counted()).isEqualTo(later.total()).isGreaterThanOrEqualTo(now.total());
            assertThat(later.groups()).extracting(FigureSummary.GroupSummary::words).allMatch(words -> words.contains(": "));
        } finally {
            clock.reset();
        }
    }

    @Test
    void shouldGiveAManagerTheInspectorsListOfTheirTeamsCareLeaversInAnnexAColumnsAndAuditIt() {
        // given a care leaver of 19 with a signed-off plan, and a child in care of 15 (not on the list)
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID careLeaver = people.careLeaver(team, today, 19);
        records.signedOffPlan(careLeaver, 1, today.minusDays(3));
        people.youngPerson(team, today.minusYears(15), today.minusYears(2), false);

        // when
        String csv = as(team.managerToken()).get("/api/service-view/care-leavers").then().statusCode(200)
                .contentType("text/csv").extract().asString();

        // then a header line in Annex A's order, and one line for the care leaver
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFFChild Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years)");
        assertThat(lines.get(1)).contains(",19,").contains("Former relevant").contains(teamName(team))
                .contains(today.minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        as(team.workerToken()).get("/api/service-view/care-leavers").then().statusCode(403);
        as(Tokens.bearer(people.admin())).get("/api/audit/young-people/{id}", careLeaver).then().statusCode(200)
                .body("items.find { it.route.contains('care-leavers') }.username", equalTo(team.manager().username()));
    }

    @Test
    void shouldGiveAManagerTheInspectorsListAsASpreadsheetWithDateCellsAndAFrozenBoldHeader() throws Exception {
        // given a care leaver of 19 with a signed-off plan, whose local id starts like a formula
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID careLeaver = people.careLeaver(team, today, 19);
        records.signedOffPlan(careLeaver, 1, today.minusDays(3));
        records.execute("update waypoint.young_person set local_id = ?1 where id = ?2", "=1+1-" + careLeaver.toString().substring(0, 8), careLeaver);

        // when
        byte[] xlsx = as(team.managerToken()).get("/api/service-view/care-leavers.xlsx").then().statusCode(200)
                .contentType(InspectorSpreadsheet.MEDIA_TYPE).header("Content-Disposition", containsString("care-leavers.xlsx"))
                .extract().asByteArray();

        // then the header row is Annex A's, bold and frozen, and the care leaver's row has their days as dates
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).startsWith("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)")
                    .contains("Date of Latest Pathway Plan");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            XSSFRow row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("=1+1-");
            assertThat(row.getCell(header.indexOf("Age of Child (Years)")).getNumericCellValue()).isEqualTo(19);
            assertThat(row.getCell(header.indexOf("Eligibility Category")).getStringCellValue()).isEqualTo("Former relevant");
            XSSFCell plan = row.getCell(header.indexOf("Date of Latest Pathway Plan"));
            assertThat(DateUtil.isCellDateFormatted(plan)).isTrue();
            assertThat(plan.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(today.minusDays(3));
            assertThat(plan.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
        as(team.workerToken()).get("/api/service-view/care-leavers.xlsx").then().statusCode(403);
        as(Tokens.bearer(people.admin())).get("/api/audit/young-people/{id}", careLeaver).then().statusCode(200)
                .body("items.find { it.route.contains('care-leavers.xlsx') }.username", equalTo(team.manager().username()));
    }

    @Test
    void shouldListEveryoneWhoWasACareLeaverAtAnyTimeInThePeriodAsked() {
        // given a care leaver of 19, and a former relevant young person who turned 25 two months ago
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID nineteen = people.careLeaver(team, today, 19);
        UUID turned25 = people.careLeaver(team, today.minusMonths(2), 25);
        String nineteenId = localId(team, nineteen);
        String turned25Id = localId(team, turned25);

        // when the list is asked for today, and for the last 12 months
        String now = as(team.managerToken()).get("/api/service-view/care-leavers").then().statusCode(200).extract().asString();
        String year = as(team.managerToken()).queryParam("from", today.minusYears(1).toString()).queryParam("to", today.toString())
                .get("/api/service-view/care-leavers").then().statusCode(200).extract().asString();

        // then today has the 19-year-old only, and the year both
        assertThat(now).contains(nineteenId).doesNotContain(turned25Id);
        assertThat(year).contains(nineteenId).contains(turned25Id);
        assertThat(year.lines()).hasSize(3);
    }

    @Test
    void shouldRefuseAPeriodThatCannotBeRead() {
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        as(team.managerToken()).queryParam("from", "2026-13-01").get("/api/service-view/care-leavers.xlsx").then().statusCode(400)
                .contentType("application/problem+json");
        as(team.managerToken()).queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString())
                .get("/api/service-view/care-leavers").then().statusCode(400).contentType("application/problem+json");
        as(team.managerToken()).queryParam("to", today.plusDays(1).toString()).get("/api/service-view/care-leavers").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static String localId(TeamFixture team, UUID youngPerson) {
        return given().header("Authorization", team.managerToken()).get("/api/young-people/{id}", youngPerson).then().statusCode(200)
                .extract().path("localId");
    }

    private static String teamName(TeamFixture team) {
        return given().header("Authorization", team.managerToken()).get("/api/teams").then().statusCode(200).extract()
                .<List<String>>path("findAll { it.id == '" + team.id() + "' }.name").get(0);
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }
}

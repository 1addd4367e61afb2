package app.waypoint.people.caseload;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The caseload list (issue 13): the columns a manager scans, filters, sort, search, paging, who sees whom, and bad filters. */
@QuarkusTest
class CaseloadResourceTest {

    private static final String YOUNG_PEOPLE = "/api/young-people";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    YoungPersonService youngPeople;
    @Inject
    AllocationService allocations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldShowWhatAManagerScansWhenManagerListsTheirCaseload() {
        // given a 19-year-old care leaver with a personal adviser, in bed and breakfast judged not suitable, NEET, recorded as not
        // in touch, a young parent, last seen 50 days ago
        TeamFixture team = people.team();
        UUID id = careLeaver(team, "Casey", "Morgan", 19);
        allocations.allocate(id, AllocationKind.PERSONAL_ADVISER, team.adviser().username(), team.manager().username());
        LocalDate today = clock.today();
        as(team.managerToken()).body(accommodation("W", false, "Only a room, shared kitchen, no support on site", today.minusDays(60)))
                .post(person(id) + "/accommodation").then().statusCode(201);
        as(team.managerToken()).body(Map.of("code", "G5", "effectiveOn", today.minusDays(60).toString()))
                .post(person(id) + "/activity").then().statusCode(201);
        as(team.managerToken()).body(Map.of("code", "NO", "effectiveOn", today.minusDays(40).toString(), "note", "No answer to calls or letters"))
                .post(person(id) + "/in-touch").then().statusCode(201);
        as(team.managerToken()).body(Map.of("flag", "YOUNG_PARENT", "set", true, "effectiveOn", today.minusDays(30).toString(), "reason", "Baby born"))
                .post(person(id) + "/flags").then().statusCode(201);
        contact(team, id, today.minusDays(50));

        // when the manager lists their caseload
        JsonPath list = as(team.managerToken()).get(YOUNG_PEOPLE).then().statusCode(200).extract().jsonPath();

        // then the row says it all, in words
        assertThat(list.getLong("total")).isEqualTo(1);
        Map<String, Object> row = list.getMap("items[0]");
        assertThat(row).containsEntry("name", "Casey Morgan").containsEntry("age", 19).containsEntry("status", "FORMER_RELEVANT")
                .containsEntry("statusWords", "Former relevant").containsEntry("lastContactOn", today.minusDays(50).toString())
                .containsEntry("daysSinceContact", 50).containsEntry("teamId", team.id().toString());
        assertThat(list.getString("items[0].socialWorker.name")).isEqualTo(team.worker().displayName());
        assertThat(list.getString("items[0].personalAdviser.name")).isEqualTo(team.adviser().displayName());
        assertThat(list.getString("items[0].accommodation.category")).isEqualTo("W");
        assertThat(list.getBoolean("items[0].accommodation.suitable")).isFalse();
        assertThat(list.getString("items[0].accommodation.description")).containsIgnoringCase("bed and breakfast");
        assertThat(list.getString("items[0].activity.code")).isEqualTo("G5");
        assertThat(list.getString("items[0].activity.description")).contains("NEET");
        assertThat(list.getString("items[0].inTouch.code")).isEqualTo("NO");
        assertThat(list.getBoolean("items[0].inTouch.fromContact")).isFalse();
        assertThat(list.getList("items[0].flags", String.class)).containsExactly("YOUNG_PARENT");
        // and with no pathway plan signed off, their plan is out of date and no review is due yet
        assertThat(list.getBoolean("items[0].planOutOfDate")).isTrue();
        assertThat(list.getString("items[0].nextReviewDue")).isNull();
    }

    @Test
    void shouldCountTheYoungPersonInTouchWhenAContactFollowsTheRecordedDecision() {
        // given a care leaver recorded as not in touch 40 days ago
        TeamFixture team = people.team();
        UUID id = careLeaver(team, "Jo", "Reed", 20);
        as(team.managerToken()).body(Map.of("code", "NO", "effectiveOn", clock.today().minusDays(40).toString(), "note", "Moved away, no number"))
                .post(person(id) + "/in-touch").then().statusCode(201);
        as(team.managerToken()).queryParam("inTouch", "no").get(YOUNG_PEOPLE).then().body("total", equalTo(1));

        // when their adviser records a phone call with them 10 days ago
        contact(team, id, clock.today().minusDays(10));

        // then the list has them in touch since that call, from the contact, and no longer under "not in touch"
        as(team.managerToken()).get(YOUNG_PEOPLE).then().statusCode(200)
                .body("items[0].inTouch.code", equalTo("YES"))
                .body("items[0].inTouch.since", equalTo(clock.today().minusDays(10).toString()))
                .body("items[0].inTouch.fromContact", equalTo(true))
                .body("items[0].daysSinceContact", equalTo(10));
        as(team.managerToken()).queryParam("inTouch", "NO").get(YOUNG_PEOPLE).then().body("total", equalTo(0));
        as(team.managerToken()).queryParam("inTouch", "YES").get(YOUNG_PEOPLE).then().body("total", equalTo(1));
        // and the recorded decision stays a dated decision in the history
        as(team.managerToken()).get(person(id) + "/in-touch").then().body("[0].code", equalTo("NO"));
    }

    @Test
    void shouldNarrowTheListWhenManagerFilters() {
        // given a team with a 17-year-old in care, a UASC care leaver in unsuitable accommodation, a NEET care leaver not seen for
        // 100 days and a care leaver seen last week who is staying put
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID child = inCare(team, "Ada", "Lane", 17);
        UUID uasc = careLeaver(team, "Bea", "Moss", 19);
        as(team.managerToken()).body(Map.of("flag", "UASC", "set", true, "effectiveOn", today.minusYears(1).toString(), "detail", "Refugee status",
                "reason", "Arrived unaccompanied")).post(person(uasc) + "/flags").then().statusCode(201);
        as(team.managerToken()).body(accommodation("K", false, "Shared house, no support", today.minusDays(20)))
                .post(person(uasc) + "/accommodation").then().statusCode(201);
        UUID neet = careLeaver(team, "Cal", "Nash", 20);
        as(team.managerToken()).body(Map.of("code", "G4", "effectiveOn", today.minusDays(90).toString())).post(person(neet) + "/activity")
                .then().statusCode(201);
        contact(team, neet, today.minusDays(100));
        UUID stayingPut = careLeaver(team, "Dee", "Oak", 18);
        as(team.managerToken()).body(Map.of("flag", "STAYING_PUT", "set", true, "effectiveOn", today.minusDays(30).toString(),
                "reason", "Staying with foster carers")).post(person(stayingPut) + "/flags").then().statusCode(201);
        contact(team, stayingPut, today.minusDays(7));

        // when the manager filters, then each filter finds who it says
        assertThat(ids(team, Map.of())).containsExactly(child, uasc, neet, stayingPut);
        assertThat(ids(team, Map.of("status", "eligible"))).containsExactly(child);
        assertThat(ids(team, Map.of("status", "FORMER_RELEVANT,eligible"))).containsExactly(child, uasc, neet, stayingPut);
        assertThat(ids(team, Map.of("uasc", "true"))).containsExactly(uasc);
        assertThat(ids(team, Map.of("suitable", "false"))).containsExactly(uasc);
        assertThat(ids(team, Map.of("neet", "true"))).containsExactly(neet);
        assertThat(ids(team, Map.of("activity", "g4"))).containsExactly(neet);
        assertThat(ids(team, Map.of("stayingPut", "true"))).containsExactly(stayingPut);
        assertThat(ids(team, Map.of("noContactDays", "60"))).containsExactly(child, uasc, neet);
        assertThat(ids(team, Map.of("noContactDays", "60", "status", "former_relevant"))).containsExactly(uasc, neet);
        assertThat(ids(team, Map.of("planOutOfDate", "true"))).containsExactly(child, uasc, neet, stayingPut);
        assertThat(ids(team, Map.of("teamId", team.id().toString()))).hasSize(4);
        assertThat(ids(team, Map.of("teamId", UUID.randomUUID().toString()))).isEmpty();
        assertThat(ids(team, Map.of("workerId", team.worker().id().toString()))).hasSize(4);
        assertThat(ids(team, Map.of("workerId", team.adviser().id().toString()))).isEmpty();
    }

    @Test
    void shouldSortSearchAndPageWithTheTotalWhenManagerAsks() {
        // given four young people of 16 to 21, last seen on different days
        TeamFixture team = people.team();
        UUID youngest = inCare(team, "Finn", "Zeal", 16);
        UUID leaver = careLeaver(team, "Gus", "Young", 21);
        UUID middle = careLeaver(team, "Hana", "Xu", 19);
        UUID eldest = careLeaver(team, "Ivy", "Wolfe", 22);
        contact(team, leaver, clock.today().minusDays(3));
        contact(team, middle, clock.today().minusDays(30));

        // then by name (the default), by age, by last contact (never seen first), and descending
        assertThat(ids(team, Map.of())).containsExactly(eldest, middle, leaver, youngest);
        assertThat(ids(team, Map.of("sort", "age"))).containsExactly(youngest, middle, leaver, eldest);
        assertThat(ids(team, Map.of("sort", "age", "order", "desc"))).containsExactly(eldest, leaver, middle, youngest);
        assertThat(ids(team, Map.of("sort", "lastContact"))).containsExactly(eldest, youngest, middle, leaver);
        assertThat(ids(team, Map.of("sort", "name", "order", "desc"))).containsExactly(youngest, leaver, middle, eldest);
        // and search finds the start of a given name, a family name, a full name or a local id, whatever the case
        assertThat(ids(team, Map.of("q", "han"))).containsExactly(middle);
        assertThat(ids(team, Map.of("q", "WOL"))).containsExactly(eldest);
        assertThat(ids(team, Map.of("q", "gus yo"))).containsExactly(leaver);
        String localId = as(team.managerToken()).get(person(youngest)).then().extract().path("localId");
        assertThat(ids(team, Map.of("q", localId.toLowerCase()))).containsExactly(youngest);
        assertThat(ids(team, Map.of("q", "%"))).isEmpty();
        // and pages carry the total
        as(team.managerToken()).queryParam("size", 3).queryParam("page", 1).get(YOUNG_PEOPLE).then().statusCode(200)
                .body("total", equalTo(4)).body("items.id", equalTo(List.of(youngest.toString()))).body("page", equalTo(1));
        as(team.managerToken()).queryParam("size", 3).queryParam("page", 2).get(YOUNG_PEOPLE).then().body("total", equalTo(4));
    }

    @Test
    void shouldShowAWorkerOnlyTheirOwnCaseload() {
        // given a team where the worker has two young people and another worker of the team has one
        TeamFixture team = people.team();
        UUID first = careLeaver(team, "Kim", "Ash", 19);
        UUID second = inCare(team, "Lou", "Birch", 17);
        UUID theirs = careLeaver(team, "Max", "Cole", 20);
        var colleague = people.member(team, StaffRole.WORKER);
        allocations.allocate(theirs, AllocationKind.SOCIAL_WORKER, colleague.username(), team.manager().username());

        // when each lists their young people, then each sees only their own, even asking for the whole team
        as(team.workerToken()).get(YOUNG_PEOPLE).then().statusCode(200).body("total", equalTo(2))
                .body("items.id", equalTo(List.of(first.toString(), second.toString())));
        as(team.workerToken()).queryParam("teamId", team.id().toString()).queryParam("q", "max").get(YOUNG_PEOPLE).then()
                .body("total", equalTo(0));
        as(team.workerToken()).queryParam("workerId", colleague.id().toString()).get(YOUNG_PEOPLE).then().body("total", equalTo(0));
        // and the manager sees all three; another team's manager none
        as(team.managerToken()).get(YOUNG_PEOPLE).then().body("total", equalTo(3));
        as(people.team().managerToken()).queryParam("q", "max cole").get(YOUNG_PEOPLE).then().body("total", equalTo(0));
    }

    @Test
    void shouldListTheStatusOfTheDayWhenABirthdayChangesIt() {
        // given an eligible 17-year-old in care, listed as eligible
        TeamFixture team = people.team();
        UUID id = inCare(team, "Noa", "Vale", 17);
        as(team.managerToken()).queryParam("status", "eligible").get(YOUNG_PEOPLE).then().body("items.id", hasItem(id.toString()));

        // when their 18th birthday comes
        LocalDate born = LocalDate.parse(as(team.managerToken()).get(person(id)).then().extract().path("dateOfBirth"));
        clock.travelTo(Birthdays.anniversary(born, 18));

        // then the list filters and shows them as former relevant that day
        as(team.managerToken()).queryParam("status", "former_relevant").get(YOUNG_PEOPLE).then()
                .body("total", equalTo(1)).body("items[0].status", equalTo("FORMER_RELEVANT")).body("items[0].age", equalTo(18));
        as(team.managerToken()).queryParam("status", "eligible").get(YOUNG_PEOPLE).then().body("total", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource({"status,adult", "inTouch,MAYBE", "activity,Z9", "sort,height", "order,up", "noContactDays,0", "noContactDays,abc",
            "suitable,maybe", "neet,yes", "teamId,team-1", "workerId,42", "planOutOfDate,1", "uasc,Y", "page,-1", "size,0"})
    void shouldAnswer400NamingTheParameterWhenAFilterCannotBeRead(String parameter, String value) {
        TeamFixture team = people.team();
        as(team.managerToken()).queryParam(parameter, value).get(YOUNG_PEOPLE).then().spec(problem(400))
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void shouldAnswer400NamingQWhenTheSearchIsTooLong() {
        TeamFixture team = people.team();
        as(team.managerToken()).queryParam("q", "a".repeat(101)).get(YOUNG_PEOPLE).then().spec(problem(400))
                .body("errors.field", hasItem("q"));
    }

    private List<UUID> ids(TeamFixture team, Map<String, String> query) {
        return as(team.managerToken()).queryParams(query).get(YOUNG_PEOPLE).then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class).stream().map(UUID::fromString).toList();
    }

    /** A young person of {@code age} in care since 13 (so eligible from 16), with the team's worker and IRO allocated. */
    private UUID inCare(TeamFixture team, String given, String family, int age) {
        LocalDate born = clock.today().minusYears(age).minusMonths(2);
        return record(team, given, family, born, new CareEpisodeInput(Birthdays.anniversary(born, 13), null, LegalBasis.CARE_ORDER));
    }

    /** A care leaver of {@code age}, in care from 14 to 18, with the team's worker and IRO allocated. */
    private UUID careLeaver(TeamFixture team, String given, String family, int age) {
        LocalDate born = clock.today().minusYears(age).minusMonths(1);
        return record(team, given, family, born,
                new CareEpisodeInput(Birthdays.anniversary(born, 14), Birthdays.anniversary(born, 18), LegalBasis.CARE_ORDER));
    }

    private UUID record(TeamFixture team, String given, String family, LocalDate born, CareEpisodeInput episode) {
        String localId = "CL" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = youngPeople.create(new CreateYoungPersonRequest(localId, given, family, born, team.id(), false, false, false, false, false,
                List.of(episode), List.of(), List.of()), team.managerCaller()).id();
        allocations.allocate(id, AllocationKind.SOCIAL_WORKER, team.worker().username(), team.manager().username());
        allocations.allocate(id, AllocationKind.IRO, team.iro().username(), team.manager().username());
        return id;
    }

    private void contact(TeamFixture team, UUID id, LocalDate on) {
        as(team.workerToken()).body(Map.of("contactOn", on.toString(), "kind", "PHONE", "lateReason", "Written up late")).post(person(id) + "/contacts").then().statusCode(201);
    }

    private static Map<String, Object> accommodation(String category, boolean suitable, String rationale, LocalDate from) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("addressOrProvider", "Station Road");
        body.put("startDate", from.toString());
        body.put("sharedHousing", false);
        body.put("suitable", suitable);
        body.put("rationale", rationale);
        body.put("judgedBy", "Maya Manager");
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

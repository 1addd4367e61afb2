package app.waypoint.people.youngpeople;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Young people over HTTP: recording, listing and reading them, who sees whom, allocations, and bad input that changes nothing. */
@QuarkusTest
class YoungPersonResourceTest {

    private static final String YOUNG_PEOPLE = "/api/young-people";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    // --- recording, listing and reading ---------------------------------------------------------------------------------

    @Test
    void shouldAnswer201WithLocationStatusAndKeyDatesWhenManagerRecordsYoungPerson() {
        // given a 17-year-old who has been in care since 13 (so eligible), not born on a month end or 29 February
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        LocalDate born = today.minusYears(17).minusMonths(2).withDayOfMonth(10);
        Map<String, Object> body = youngPerson(team, born, today.minusYears(4));

        // when their manager records them
        Response created = as(team.managerToken()).body(body).post(YOUNG_PEOPLE);

        // then the answer is 201 with where to find them, the status and the key dates computed from the care history
        created.then().statusCode(201)
                .header("Location", endsWith(YOUNG_PEOPLE + "/" + created.path("id")))
                .body("localId", equalTo(body.get("localId")))
                .body("givenName", equalTo("Robin"))
                .body("dateOfBirth", equalTo(born.toString()))
                .body("age", equalTo(17))
                .body("status", equalTo("ELIGIBLE"))
                .body("teamId", equalTo(team.id().toString()))
                .body("careEpisodes", hasSize(1))
                .body("careEpisodes[0].legalBasis", equalTo("CARE_ORDER"))
                .body("keyDates.transitionOpens", equalTo(born.plusYears(15).plusMonths(9).toString()))
                .body("keyDates.sixteenthBirthday", equalTo(born.plusYears(16).toString()))
                .body("keyDates.eighteenthBirthday", equalTo(born.plusYears(18).toString()))
                .body("keyDates.twentyFirstBirthday", equalTo(born.plusYears(21).toString()))
                .body("keyDates.twentyFifthBirthday", equalTo(born.plusYears(25).toString()))
                .body("keyDates.eligibleFrom", equalTo(born.plusYears(16).toString()))
                .body("keyDates.needsAssessmentDue", equalTo(born.plusYears(16).plusMonths(3).toString()))
                .body("keyDates.stayingPutAgreedBy", equalTo(born.plusYears(17).plusMonths(6).toString()));

        // and the Location answers with the same record
        given().header("Authorization", team.managerToken()).get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(created.path("id")))
                .body("status", equalTo("ELIGIBLE"))
                .body("allocations", hasSize(0));
    }

    @Test
    void shouldListTeamsYoungPeopleByNameInPagesWithTotalWhenManagerLists() {
        // given three young people in a team, recorded in no particular order of name
        TeamFixture team = people.team();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (String familyName : List.of("Carter", "Abbott", "Baker")) {
            Map<String, Object> body = youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3));
            body.put("familyName", familyName + suffix);
            as(team.managerToken()).body(body).post(YOUNG_PEOPLE).then().statusCode(201);
        }

        // when the manager lists them two at a time
        JsonPath first = as(team.managerToken()).queryParam("size", 2).get(YOUNG_PEOPLE).then().statusCode(200).extract().jsonPath();
        JsonPath second = as(team.managerToken()).queryParam("size", 2).queryParam("page", 1).get(YOUNG_PEOPLE)
                .then().statusCode(200).extract().jsonPath();

        // then the pages hold everyone once, by family name, with the total, page and size
        assertThat(first.getList("items.name", String.class)).containsExactly("Robin Abbott" + suffix, "Robin Baker" + suffix);
        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(second.getList("items.name", String.class)).containsExactly("Robin Carter" + suffix);
        assertThat(second.getLong("total")).isEqualTo(3);
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(second.getMap("items[0]")).containsKeys("id", "localId", "name", "dateOfBirth", "age", "status");
    }

    // --- bad input: always a 4xx problem, never a change ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"{\"localId\": \"X\", \"givenName\": ", "not json", "[1, 2]", "{\"localId\": 'single'}"})
    void shouldAnswer400AndStoreNothingWhenJsonIsMalformed(String malformed) {
        // given a team with one young person
        TeamFixture team = people.team();
        recorded(team);

        // when the manager sends a body that is not a JSON object
        Response response = as(team.managerToken()).body(malformed).post(YOUNG_PEOPLE);

        // then it is a 400 problem and nothing was stored
        response.then().spec(problem(400, "malformed-request"));
        assertThat(total(team.managerToken())).isEqualTo(1);
    }

    @Test
    void shouldAnswer400AndStoreNothingWhenBodyIsEmpty() {
        // given a team with one young person
        TeamFixture team = people.team();
        recorded(team);

        // when the manager sends no body at all
        Response response = as(team.managerToken()).post(YOUNG_PEOPLE);

        // then it is a 400 problem naming the missing body (not the Java method), and nothing was stored
        response.then().spec(problem(400, "invalid-input")).body("errors.field", contains("request"));
        assertThat(total(team.managerToken())).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fosterPlacement", "teamId", "givenName", "careEpisodes"})
    void shouldAnswer400NamingTheFieldWhenValueHasWrongType(String field) {
        // given a team with one young person, and a new one with a value of the wrong type
        TeamFixture team = people.team();
        recorded(team);
        Map<String, Object> body = youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(2));
        body.put(field, switch (field) {
            case "fosterPlacement" -> "maybe";
            case "teamId" -> 42;
            case "givenName" -> Map.of("first", "Robin");
            default -> "in care since 2019";
        });

        // when the manager records them
        Response response = as(team.managerToken()).body(body).post(YOUNG_PEOPLE);

        // then it is a 400 problem naming the field, and nothing was stored
        response.then().spec(problem(400)).body("errors.field", contains(field));
        assertThat(total(team.managerToken())).isEqualTo(1);
    }

    @Test
    void shouldAnswer400ListingEveryMissingFieldWhenRequiredFieldsAreMissing() {
        // given a team with one young person
        TeamFixture team = people.team();
        recorded(team);

        // when the manager sends a young person with nothing but a care episode that has neither start nor legal basis
        Response response = as(team.managerToken()).body(Map.of("careEpisodes", List.of(Map.of("end", "2020-01-01"))))
                .post(YOUNG_PEOPLE);

        // then it is a 400 problem listing each missing field, and nothing was stored
        response.then().spec(problem(400, "invalid-input"))
                .body("errors.field", containsInAnyOrder("localId", "givenName", "familyName", "dateOfBirth", "teamId",
                        "careEpisodes[0].start", "careEpisodes[0].legalBasis"));
        assertThat(total(team.managerToken())).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2009-02-30", "2009-13-01", "10/03/2009", "yesterday"})
    void shouldAnswer400NamingTheFieldWhenDateIsInvalid(String date) {
        // given a team with one young person
        TeamFixture team = people.team();
        recorded(team);
        Map<String, Object> body = youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(2));
        body.put("dateOfBirth", date);

        // when the manager records someone born on an impossible date
        Response response = as(team.managerToken()).body(body).post(YOUNG_PEOPLE);

        // then it is a 400 problem naming the date of birth, and nothing was stored
        response.then().spec(problem(400)).body("errors.field", contains("dateOfBirth"));
        assertThat(total(team.managerToken())).isEqualTo(1);
    }

    @Test
    void shouldAnswer422AndStoreNothingWhenDateOfBirthIsInTheFuture() {
        // given a team with one young person
        TeamFixture team = people.team();
        recorded(team);
        Map<String, Object> body = youngPerson(team, clock.today().plusDays(1), clock.today().minusYears(2));
        body.put("careEpisodes", List.of());

        // when the manager records someone born tomorrow
        Response response = as(team.managerToken()).body(body).post(YOUNG_PEOPLE);

        // then it is a 422 problem naming the date of birth, and nothing was stored
        response.then().spec(problem(422, "invalid-dates")).body("errors.field", contains("dateOfBirth"));
        assertThat(total(team.managerToken())).isEqualTo(1);
    }

    @Test
    void shouldAnswer422NamingTheFieldWhenCareEpisodeEndsBeforeItStarts() {
        // given a team with one young person
        TeamFixture team = people.team();
        recorded(team);
        LocalDate start = clock.today().minusYears(2);
        Map<String, Object> body = youngPerson(team, clock.today().minusYears(16), start);
        body.put("careEpisodes",
                List.of(Map.of("start", start.toString(), "end", start.minusDays(1).toString(), "legalBasis", "SECTION_20")));

        // when the manager records a care episode that ends the day before it starts
        Response response = as(team.managerToken()).body(body).post(YOUNG_PEOPLE);

        // then it is a 422 problem naming the episode's end, and nothing was stored
        response.then().spec(problem(422, "invalid-dates")).body("errors.field", contains("careEpisodes[0].end"));
        assertThat(total(team.managerToken())).isEqualTo(1);
    }

    @Test
    void shouldAnswer422AndStoreNothingWhenTeamIsUnknown() {
        // given an administrator (who may record young people in any team), and a team id that does not exist
        String admin = Tokens.bearer(people.admin());
        long before = total(admin);
        Map<String, Object> body = youngPerson(people.team(), clock.today().minusYears(16), clock.today().minusYears(2));
        body.put("teamId", UUID.randomUUID().toString());

        // when the administrator records a young person in it
        Response response = as(admin).body(body).post(YOUNG_PEOPLE);

        // then it is a 422 problem naming the team, and nothing was stored
        response.then().spec(problem(422, "unknown-team")).body("errors.field", contains("teamId"));
        assertThat(total(admin)).isEqualTo(before);
    }

    @Test
    void shouldAnswer409AndKeepTheFirstRecordWhenLocalIdIsTaken() {
        // given a recorded young person
        TeamFixture team = people.team();
        String id = recorded(team);
        String localId = as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}", id).path("localId");
        Map<String, Object> body = youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(2));
        body.put("localId", localId);
        body.put("givenName", "Someone");

        // when the manager records someone else with the same local id
        Response response = as(team.managerToken()).body(body).post(YOUNG_PEOPLE);

        // then it is a 409 problem, and the first record is the only one and unchanged
        response.then().spec(problem(409, "local-id-taken"));
        assertThat(total(team.managerToken())).isEqualTo(1);
        as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}", id).then().statusCode(200).body("givenName", equalTo("Robin"));
    }

    @Test
    void shouldAnswer404WhenYoungPersonIsUnknown() {
        // given a manager
        TeamFixture team = people.team();

        // when they ask for a young person who does not exist
        Response response = as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}", UUID.randomUUID());

        // then it is a 404 problem
        response.then().spec(problem(404, "young-person-not-found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "12345", "0000"})
    void shouldAnswer404WhenIdInPathIsNotAUuid(String id) {
        // given a manager
        TeamFixture team = people.team();

        // when they ask for a young person, and their allocations, by something that is not an id
        Response person = as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}", id);
        Response allocations = as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}/allocations", id);

        // then both are 404 problems
        person.then().spec(problem(404));
        allocations.then().spec(problem(404));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201, 1000})
    void shouldAnswer400NamingSizeWhenPageSizeIsOutOfRange(int size) {
        // given a manager
        TeamFixture team = people.team();

        // when they list with a page size out of range
        Response response = as(team.managerToken()).queryParam("size", size).get(YOUNG_PEOPLE);

        // then it is a 400 problem naming the size
        response.then().spec(problem(400, "invalid-input")).body("errors.field", contains("size"));
    }

    @Test
    void shouldAnswer400NamingSizeWhenPageSizeIsNotANumber() {
        // given a manager
        TeamFixture team = people.team();

        // when they list with a page size that is not a number
        Response response = as(team.managerToken()).queryParam("size", "ten").get(YOUNG_PEOPLE);

        // then it is a problem document naming the parameter (not the JAX-RS default of 404, see shared.QueryParameters)
        response.then().spec(problem(400, "invalid-input")).body("errors.field", hasItem("size"));
    }

    @Test
    void shouldAnswer400NamingPageWhenPageIsNegative() {
        // given a manager
        TeamFixture team = people.team();

        // when they ask for page -1
        Response response = as(team.managerToken()).queryParam("page", -1).get(YOUNG_PEOPLE);

        // then it is a 400 problem naming the page
        response.then().spec(problem(400, "invalid-input")).body("errors.field", contains("page"));
    }

    // --- who sees whom ----------------------------------------------------------------------------------------------------

    @Test
    void shouldAnswer404WhenManagerOfAnotherTeamAsksForYoungPerson() {
        // given a young person in one team, and the manager of another
        TeamFixture team = people.team();
        TeamFixture otherTeam = people.team();
        UUID id = people.youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3), false);

        // when the other manager looks for them
        Response person = as(otherTeam.managerToken()).get(YOUNG_PEOPLE + "/{id}", id);
        Response allocations = as(otherTeam.managerToken()).get(YOUNG_PEOPLE + "/{id}/allocations", id);
        JsonPath list = as(otherTeam.managerToken()).get(YOUNG_PEOPLE).then().statusCode(200).extract().jsonPath();

        // then the young person does not exist for them
        person.then().spec(problem(404, "young-person-not-found"));
        allocations.then().spec(problem(404, "young-person-not-found"));
        assertThat(list.getList("items.id", String.class)).doesNotContain(id.toString());
        assertThat(list.getLong("total")).isZero();
    }

    @Test
    void shouldShowYoungPersonToAllocatedIroAndSocialWorkerOnly() {
        // given a young person with the team's worker as social worker and the team's IRO allocated
        TeamFixture team = people.team();
        UUID id = people.youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3), false);

        // when the IRO, the social worker and a worker of the same team who is not allocated look for them
        Response iro = as(team.iroToken()).get(YOUNG_PEOPLE + "/{id}", id);
        Response worker = as(team.workerToken()).get(YOUNG_PEOPLE + "/{id}", id);
        Response notAllocated = as(team.adviserToken()).get(YOUNG_PEOPLE + "/{id}", id);

        // then the IRO and the social worker see them, in the record and in their lists; the other worker gets 404
        iro.then().statusCode(200).body("id", equalTo(id.toString()))
                .body("allocations.staffUsername", hasItems(team.iro().username(), team.worker().username()));
        worker.then().statusCode(200).body("id", equalTo(id.toString()));
        notAllocated.then().spec(problem(404, "young-person-not-found"));
        as(team.iroToken()).get(YOUNG_PEOPLE).then().statusCode(200).body("items.id", contains(id.toString())).body("total", equalTo(1));
        as(team.workerToken()).get(YOUNG_PEOPLE).then().statusCode(200).body("items.id", contains(id.toString()));
        as(team.adviserToken()).get(YOUNG_PEOPLE).then().statusCode(200).body("total", equalTo(0));
        as(team.adviserToken()).get(YOUNG_PEOPLE + "/{id}/allocations", id).then().spec(problem(404));
    }

    @Test
    void shouldAnswer403AndStoreNothingWhenWorkerRecordsYoungPerson() {
        // given a worker with one allocated young person
        TeamFixture team = people.team();
        people.youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3), false);

        // when the worker tries to record a young person
        Response response = as(team.workerToken()).body(youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(2)))
                .post(YOUNG_PEOPLE);

        // then it is a 403 problem, and the team still has one young person
        response.then().spec(problem(403, "forbidden"));
        assertThat(total(team.managerToken())).isEqualTo(1);
    }

    @Test
    void shouldAnswer403AndStoreNothingWhenManagerRecordsYoungPersonInAnotherTeam() {
        // given two teams
        TeamFixture team = people.team();
        TeamFixture otherTeam = people.team();

        // when a manager records a young person in the other team
        Response response = as(team.managerToken()).body(youngPerson(otherTeam, clock.today().minusYears(16), clock.today().minusYears(2)))
                .post(YOUNG_PEOPLE);

        // then it is a 403 problem, and the other team has nobody
        response.then().spec(problem(403, "forbidden"));
        assertThat(total(otherTeam.managerToken())).isZero();
    }

    @Test
    void shouldAnswer401ProblemWhenThereIsNoToken() {
        // given no token

        // when someone lists or records young people
        Response list = given().get(YOUNG_PEOPLE);
        Response create = given().contentType(ContentType.JSON).body(Map.of("localId", "X")).post(YOUNG_PEOPLE);

        // then both are 401 problems
        list.then().spec(problem(401, "unauthenticated"));
        create.then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void shouldAnswer401ProblemWhenTokenIsSignedWithAnotherKey() throws NoSuchAlgorithmException {
        // given a token for a real manager, signed with a key the service does not trust
        TeamFixture team = people.team();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.upn(team.manager().username()).groups(Set.of("manager")).sign(generator.generateKeyPair().getPrivate());

        // when it is used
        Response response = given().header("Authorization", "Bearer " + forged).get(YOUNG_PEOPLE);

        // then it is a 401 problem
        response.then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void shouldAnswer403ProblemWhenValidTokenNamesSomeoneWhoIsNotStaff() {
        // given a validly signed token with a role, for a username that is not a member of staff
        String stranger = Tokens.bearer("stranger." + UUID.randomUUID(), "manager");

        // when it is used
        Response response = as(stranger).get(YOUNG_PEOPLE);

        // then it is a 403 problem
        response.then().spec(problem(403, "forbidden"));
    }

    // --- allocations --------------------------------------------------------------------------------------------------------

    @Test
    void shouldEndPreviousAllocationAndKeepBothInHistoryWhenManagerAllocatesAnotherSocialWorker() {
        // given a young person with the team's worker as social worker
        TeamFixture team = people.team();
        UUID id = people.youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3), false);

        // when the manager allocates the other worker as social worker
        Response response = as(team.managerToken()).body(Map.of("kind", "SOCIAL_WORKER", "staffUsername", team.adviser().username()))
                .post(YOUNG_PEOPLE + "/{id}/allocations", id);

        // then the new allocation is current from today
        response.then().statusCode(201)
                .body("kind", equalTo("SOCIAL_WORKER"))
                .body("staffUsername", equalTo(team.adviser().username()))
                .body("startedOn", equalTo(clock.today().toString()))
                .body("endedOn", nullValue())
                .body("allocatedBy", equalTo(team.manager().username()));

        // and the history keeps both social workers, the first ended today
        JsonPath history = as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}/allocations", id).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> socialWorkers = history.getList("findAll { it.kind == 'SOCIAL_WORKER' }");
        assertThat(socialWorkers).hasSize(2);
        assertThat(socialWorkers).anySatisfy(a -> {
            assertThat(a.get("staffUsername")).isEqualTo(team.worker().username());
            assertThat(a.get("endedOn")).isEqualTo(clock.today().toString());
        });
        assertThat(socialWorkers).anySatisfy(a -> {
            assertThat(a.get("staffUsername")).isEqualTo(team.adviser().username());
            assertThat(a.get("endedOn")).isNull();
        });

        // and the record shows only the current one; the new worker sees the young person and the old one no longer does
        as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}", id).then().statusCode(200)
                .body("allocations.findAll { it.kind == 'SOCIAL_WORKER' }.staffUsername", contains(team.adviser().username()));
        as(team.adviserToken()).get(YOUNG_PEOPLE + "/{id}", id).then().statusCode(200);
        as(team.workerToken()).get(YOUNG_PEOPLE + "/{id}", id).then().spec(problem(404));
    }

    @Test
    void shouldAnswer422AndKeepHistoryWhenWorkerIsAllocatedAsIro() {
        // given a young person with an IRO
        TeamFixture team = people.team();
        UUID id = people.youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3), false);
        List<Object> before = as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}/allocations", id).then().statusCode(200)
                .extract().jsonPath().getList("$");

        // when the manager allocates a worker as IRO
        Response response = as(team.managerToken()).body(Map.of("kind", "IRO", "staffUsername", team.adviser().username()))
                .post(YOUNG_PEOPLE + "/{id}/allocations", id);

        // then it is a 422 problem naming the member of staff, and the history is unchanged
        response.then().spec(problem(422, "wrong-role")).body("errors.field", contains("staffUsername"));
        as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}/allocations", id).then().statusCode(200)
                .body("$", equalTo(before))
                .body("findAll { it.kind == 'IRO' }.staffUsername", contains(team.iro().username()));
    }

    @Test
    void shouldAnswer422WhenAllocatedStaffIsUnknown() {
        // given a young person
        TeamFixture team = people.team();
        UUID id = people.youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3), false);

        // when the manager allocates someone who does not exist
        Response response = as(team.managerToken()).body(Map.of("kind", "PERSONAL_ADVISER", "staffUsername", "nobody." + UUID.randomUUID()))
                .post(YOUNG_PEOPLE + "/{id}/allocations", id);

        // then it is a 422 problem naming the member of staff, and no personal adviser is allocated
        response.then().spec(problem(422, "unknown-staff")).body("errors.field", contains("staffUsername"));
        as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}/allocations", id).then().statusCode(200)
                .body("kind", not(hasItem("PERSONAL_ADVISER")));
    }

    @Test
    void shouldAnswer400NamingKindWhenAllocationKindIsUnknown() {
        // given a young person
        TeamFixture team = people.team();
        UUID id = people.youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3), false);

        // when the manager allocates someone as something that is not a kind of allocation
        Response response = as(team.managerToken()).body(Map.of("kind", "MENTOR", "staffUsername", team.adviser().username()))
                .post(YOUNG_PEOPLE + "/{id}/allocations", id);

        // then it is a 400 problem naming the kind
        response.then().spec(problem(400)).body("errors.field", contains("kind"));
    }

    @Test
    void shouldAnswer403WhenWorkerAllocates() {
        // given a young person and their social worker
        TeamFixture team = people.team();
        UUID id = people.youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3), false);

        // when the social worker allocates a personal adviser
        Response response = as(team.workerToken()).body(Map.of("kind", "PERSONAL_ADVISER", "staffUsername", team.adviser().username()))
                .post(YOUNG_PEOPLE + "/{id}/allocations", id);

        // then it is a 403 problem, and no personal adviser is allocated
        response.then().spec(problem(403));
        as(team.managerToken()).get(YOUNG_PEOPLE + "/{id}/allocations", id).then().statusCode(200)
                .body("kind", not(hasItem("PERSONAL_ADVISER")));
    }

    // --- helpers --------------------------------------------------------------------------------------------------------------

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    /** A young person of the team, in care under a care order since {@code inCareSince}; a mutable map so tests can spoil it. */
    private static Map<String, Object> youngPerson(TeamFixture team, LocalDate born, LocalDate inCareSince) {
        Map<String, Object> body = new HashMap<>();
        body.put("localId", "YP-" + UUID.randomUUID().toString().substring(0, 18));
        body.put("givenName", "Robin");
        body.put("familyName", "Fixture");
        body.put("dateOfBirth", born.toString());
        body.put("teamId", team.id().toString());
        body.put("fosterPlacement", true);
        body.put("careEpisodes", List.of(Map.of("start", inCareSince.toString(), "legalBasis", "CARE_ORDER")));
        return body;
    }

    /** Records a 16-year-old in the team over HTTP and returns their id. */
    private String recorded(TeamFixture team) {
        return as(team.managerToken()).body(youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(2)))
                .post(YOUNG_PEOPLE).then().statusCode(201).extract().path("id");
    }

    /** How many young people the caller may see. */
    private static long total(String token) {
        return as(token).get(YOUNG_PEOPLE).then().statusCode(200).extract().jsonPath().getLong("total");
    }
}

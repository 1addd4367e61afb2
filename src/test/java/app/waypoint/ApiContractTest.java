package app.waypoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI contract as outside tools read it (issue 17): written to target/openapi/ for Redocly ({@code .ci/lint-openapi}),
 * with a readable, unique operation id on every operation, a described tag on each, a server and a licence, no demo endpoint,
 * and, for a sample of operations, the success status documented that a caller really gets.
 */
@QuarkusTest
class ApiContractTest {

    static final Path DOCUMENT = Path.of("target", "openapi", "openapi.json");
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    @Inject
    PeopleFixtures people;

    @Test
    void shouldNameEveryOperationOnceAndDescribeEveryTagWhenTheContractIsServed() throws IOException {
        // when the contract is fetched, as a client generator or a linter would (and kept for the linter)
        String json = given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, json);
        JsonNode document = new ObjectMapper().readTree(json);

        // then every operation has a unique, readable id
        List<String> ids = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null) {
                assertThat(operation.path("operationId").asText()).as("%s %s", method, path.getKey()).matches("[a-z][A-Za-z0-9]+");
                ids.add(operation.get("operationId").asText());
            }
        }));
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates().contains("incidentList", "youngPersonCreate", "taskComplete");
        // and every tag used is described, there is a server and a licence, and no demo endpoint is published
        Set<String> described = new HashSet<>();
        document.get("tags").forEach(tag -> {
            assertThat(tag.path("description").asText()).as("tag %s", tag.get("name")).isNotBlank();
            described.add(tag.get("name").asText());
        });
        assertThat(described).contains("Incidents", "Young people", "Tasklist");
        assertThat(document.at("/servers/0/url").asText()).isNotBlank();
        assertThat(document.at("/info/license/name").asText()).isNotBlank();
        assertThat(document.get("paths").fieldNames()).toIterable().noneMatch(path -> path.startsWith("/demo"));
    }

    @Test
    void shouldDocumentTheSuccessStatusACallerGetsForASampleOfOperations() throws IOException {
        // given the contract, and an administrator
        JsonNode paths = new ObjectMapper().readTree(given().accept(ContentType.JSON).get("/q/openapi").then().extract().asString()).get("paths");
        String admin = Tokens.bearer(people.admin());

        // when some operations are called as a client would
        Map<String, Integer> answers = Map.of(
                "get /api/staff", given().header("Authorization", admin).get("/api/staff").statusCode(),
                "get /api/teams", given().header("Authorization", admin).get("/api/teams").statusCode(),
                "get /api/incidents", given().header("Authorization", admin).get("/api/incidents").statusCode(),
                "post /api/incidents/retries", given().header("Authorization", admin).contentType(ContentType.JSON)
                        .body(Map.of("processKey", "NoSuchProcess", "stepId", "Task_None")).post("/api/incidents/retries").statusCode(),
                "post /api/teams", given().header("Authorization", admin).contentType(ContentType.JSON)
                        .body(Map.of("name", "Contract team " + System.nanoTime())).post("/api/teams").statusCode());

        // then each answer's status is the success status the contract documents for it
        answers.forEach((operation, status) -> {
            String[] methodAndPath = operation.split(" ");
            JsonNode responses = paths.get(methodAndPath[1]).get(methodAndPath[0]).get("responses");
            List<String> documented = new ArrayList<>();
            responses.fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    documented.add(code);
                }
            });
            assertThat(documented).as(operation).containsExactly(String.valueOf(status));
        });
    }
}

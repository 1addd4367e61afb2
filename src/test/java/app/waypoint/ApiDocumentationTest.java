package app.waypoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What operators and API clients rely on: readiness with the engine check, the OpenAPI document, and metrics. */
@QuarkusTest
class ApiDocumentationTest {

    /** The /api operations the foundation issue names, as "METHOD path" in OpenAPI's path template form; there may be more. */
    private static final Set<String> NAMED_OPERATIONS = Set.of(
            "GET /api/young-people", "POST /api/young-people",
            "GET /api/young-people/{id}",
            "GET /api/young-people/{id}/allocations", "POST /api/young-people/{id}/allocations",
            "GET /api/young-people/{id}/transition", "POST /api/young-people/{id}/transition",
            "POST /api/young-people/{id}/transition/closure",
            "POST /api/eligibility-scans",
            "GET /api/teams", "POST /api/teams",
            "GET /api/staff", "POST /api/staff",
            "GET /api/tasks",
            "GET /api/tasks/{taskId}",
            "POST /api/tasks/{taskId}/claim",
            "POST /api/tasks/{taskId}/unclaim",
            "PUT /api/tasks/{taskId}/assignee",
            "POST /api/tasks/{taskId}/completion",
            "GET /api/tasks/{taskId}/comments", "POST /api/tasks/{taskId}/comments");

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

    @Test
    void shouldBeReadyWithTheProcessEngineCheckListingEveryProcess() throws IOException {
        // given the running service, and the models in bpmn/ (at least the transition and the eligibility scan)

        // when the readiness probe is asked
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();

        // then it is UP, and the process-engine check is UP with the process of every model deployed and nothing missing
        assertThat(ready.getString("status")).isEqualTo("UP");
        Map<String, Object> engine = ready.getMap("checks.find { it.name == 'process-engine' }");
        assertThat(engine).as("process-engine check").isNotNull().containsEntry("status", "UP");
        JsonPath data = ready.setRootPath("checks.find { it.name == 'process-engine' }.data");
        assertThat(data.getString("processes").split(","))
                .contains("EligibilityScanProcess", "LeavingCareTransitionProcess")
                .containsExactlyInAnyOrderElementsOf(processIdsInBpmnFolder());
        assertThat(data.getString("missingModels")).isEmpty();
        assertThat(ready.setRootPath("").getList("checks.status", String.class)).containsOnly("UP");
    }

    @Test
    void shouldDocumentEveryApiOperationTheResourcesDeclareWithTheJwtSecurityScheme() {
        // given the /api operations the resources declare, which include at least those the tasklist issue names
        Set<String> declared = declaredApiOperations();
        assertThat(declared).containsAll(NAMED_OPERATIONS);

        // when the OpenAPI document is fetched as JSON
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();

        // then it documents exactly those operations
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "delete", "patch").contains(method))
                .filter(method -> path.startsWith("/api/"))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(declared);

        // and it declares the jwt bearer scheme, which every /api operation requires
        assertThat(openApi.getString("components.securitySchemes.jwt.type")).isEqualTo("http");
        assertThat(openApi.getString("components.securitySchemes.jwt.scheme")).isEqualToIgnoringCase("bearer");
        for (String operation : declared) {
            String[] methodAndPath = operation.split(" ");
            String method = methodAndPath[0].toLowerCase();
            List<Map<String, Object>> security = openApi.getList("paths.'" + methodAndPath[1] + "'." + method + ".security");
            assertThat(security).as("security of %s", operation).isNotNull()
                    .anySatisfy(requirement -> assertThat(requirement).containsKey("jwt"));
        }
    }

    @Test
    void shouldDocumentProblemAnswersOfEveryApiOperation() {
        // given the OpenAPI document
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();

        // then the Problem schema is declared, and every /api operation names it for its error answers
        assertThat(openApi.getMap("components.schemas.Problem.properties")).containsKeys("type", "title", "status", "detail", "errors");
        for (String operation : declaredApiOperations()) {
            String[] methodAndPath = operation.split(" ");
            String responses = "paths.'" + methodAndPath[1] + "'." + methodAndPath[0].toLowerCase() + ".responses";
            for (String status : List.of("400", "401", "403", "404", "409", "422")) {
                assertThat(openApi.getString(responses + ".'" + status + "'.content.'application/problem+json'.schema.$ref"))
                        .as("%s answers %s", operation, status).isEqualTo("#/components/schemas/Problem");
            }
        }
    }

    @Test
    void shouldAnswerMetricsWhenScraped() {
        // given the running service

        // when the metrics endpoint is scraped
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        // then it answers in the Prometheus text format, with the JVM's and HTTP server's meters
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("# TYPE");
    }

    @Test
    void shouldNotRequireATokenForProbesAndDocumentation() {
        // given no token

        // when the probes, the document and the metrics are fetched, then none needs one
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health").then().statusCode(200).body("checks.name", hasItem("process-engine"));
        given().get("/q/openapi").then().statusCode(200);
    }

    /** Every /api operation of every JAX-RS resource class in the application, as "METHOD path", read from the annotations. */
    private static Set<String> declaredApiOperations() {
        Set<Class<?>> resources = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.waypoint").stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
        Set<String> declared = new TreeSet<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                HTTP_METHODS.stream().filter(method::isAnnotationPresent).findFirst().ifPresent(http -> {
                    Path sub = method.getAnnotation(Path.class);
                    String path = sub == null ? base : base + (sub.value().startsWith("/") ? "" : "/") + sub.value();
                    declared.add(http.getSimpleName() + " " + path);
                });
            }
        }
        return declared.stream().filter(operation -> operation.contains(" /api/")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The id of the executable process in each file of {@code bpmn/}. */
    private static Set<String> processIdsInBpmnFolder() throws IOException {
        Pattern processId = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
        try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of("bpmn"))) {
            Set<String> ids = new TreeSet<>();
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = processId.matcher(Files.readString(file));
                assertThat(matcher.find()).as("a process in %s", file).isTrue();
                ids.add(matcher.group(1));
            }
            return ids;
        }
    }
}

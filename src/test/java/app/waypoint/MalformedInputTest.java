package app.waypoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.MalformedRequests.Probe;
import app.waypoint.testsupport.MalformedRequests;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Drives every operation of the service's own OpenAPI document with malformed input (wrong types, nulls, huge values, bad
 * dates, control characters, bad ids in the path, media types other than JSON, broken JSON, oversize lists), as an
 * administrator and as a manager whose path ids name real records, so that requests get past "not found" into the checks of
 * their bodies. No answer may be a 5xx, every 4xx must be a problem document, and no answer may show a stack trace, a Java
 * class or SQL; the log must have no warning, error or stack trace for them, nor a line their input forged.
 */
@QuarkusTest
class MalformedInputTest {

    /** What must never reach a caller: exception names, stack frames, Java or library packages, SQL. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|\\tat |\\bat [a-z]+\\.[a-z]|\\b(java|javax|jakarta|org|com|io)\\.[a-z]+\\.|\\bsql\\b|select .+ from|insert into");
    /** Endpoints that never answer a single response (a live stream) and are probed by their own tests. */
    private static final Set<String> STREAMS = Set.of("/api/notifications/stream");

    @Inject
    PeopleFixtures people;
    @Inject
    Casework casework;

    @Test
    @SuppressWarnings("unchecked")
    void shouldAnswerEveryMalformedRequestWithAProblemDocumentAndNeverA5xx() {
        // given a young person with an open task in a team, its manager, an administrator, and the service's OpenAPI document
        ReviewRequested review = casework.careLeaverAwaitingReview();
        TeamFixture team = review.team();
        String taskId = given().header("Authorization", team.managerToken()).queryParam("youngPersonId", review.youngPersonId())
                .get("/api/tasks").then().statusCode(200).extract().path("items[0].id");
        String manager = team.managerToken();
        String admin = Tokens.bearer(people.admin());
        Map<String, Object> openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().as(Map.class);
        MalformedRequests requests = new MalformedRequests(openApi,
                (template, name) -> pathValue(template, name, review.youngPersonId(), team, taskId),
                name -> textValue(name, review.youngPersonId(), team));

        // when every probe of every /api operation is sent
        List<String> failures = new ArrayList<>();
        int sent = 0;
        LogCapture log = new LogCapture();
        Logger.getLogger("").addHandler(log);
        RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 20_000).setParam("http.connection.timeout", 5_000));
        try {
            for (Map.Entry<String, Object> path : ((Map<String, Object>) openApi.get("paths")).entrySet()) {
                if (!path.getKey().startsWith("/api/") || STREAMS.contains(path.getKey())) {
                    continue;
                }
                for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
                    if (!Set.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                        continue;
                    }
                    for (Probe probe : requests.probes(path.getKey(), operation.getKey().toUpperCase(), (Map<String, Object>) operation.getValue())) {
                        // every probe as the manager; as the administrator too, except a mutated field the manager may send
                        Response asManager = send(probe, manager);
                        check(probe, "manager", asManager).ifPresent(failures::add);
                        sent++;
                        if (!probe.mutatesOneField() || asManager.statusCode() == 403) {
                            check(probe, "admin", send(probe, admin)).ifPresent(failures::add);
                            sent++;
                        }
                    }
                }
            }
        } finally {
            RestAssured.reset();
            Logger.getLogger("").removeHandler(log);
        }

        // then none failed on our side, and every refusal was a problem document that leaks nothing
        assertThat(sent).as("probes sent").isGreaterThan(1_000);
        assertThat(failures).as("of %d probes", sent).isEmpty();
        // and the log has no warning, error or stack trace for any of them, and no line the caller's input forged
        assertThat(log.lines).isEmpty();
    }

    /** Log records at WARN or above, with a stack trace, or with a line break the probes sent in an address. */
    private static final class LogCapture extends Handler {

        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            String message = formatter.formatMessage(record);
            if (record.getLevel().intValue() >= Level.WARNING.intValue() || record.getThrown() != null || message.contains("forged")) {
                lines.add(record.getLevel() + " " + record.getLoggerName() + ": " + abbreviate(message)
                        + (record.getThrown() == null ? "" : " with a stack trace"));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static Response send(Probe probe, String token) {
        RequestSpecification request = given().urlEncodingEnabled(false).header("Authorization", token);
        if (probe.contentType() != null) {
            request.contentType(probe.contentType());
        }
        if (probe.body() != null) {
            request.body(probe.body().getBytes(StandardCharsets.UTF_8));
        }
        return request.request(probe.method(), probe.address());
    }

    private static Optional<String> check(Probe probe, String caller, Response response) {
        int status = response.statusCode();
        String what = probe.method() + " " + abbreviate(probe.address()) + " [" + probe.label() + "] as " + caller + ": " + status;
        if (status >= 500) {
            return Optional.of(what + " " + abbreviate(response.asString()));
        }
        if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                return Optional.of(what + " with media type " + type);
            }
            if (LEAK.matcher(response.asString()).find()) {
                return Optional.of(what + " leaks " + abbreviate(response.asString()));
            }
        }
        return Optional.empty();
    }

    private static String pathValue(String template, String name, UUID youngPersonId, TeamFixture team, String taskId) {
        return switch (name) {
            case "taskId" -> taskId;
            case "teamId" -> team.id().toString();
            case "key" -> "LeavingCareTransitionProcess";
            case "version" -> "1";
            case "id" -> template.startsWith("/api/young-people/") ? youngPersonId.toString()
                    : template.startsWith("/api/teams/") ? team.id().toString()
                    : template.startsWith("/api/staff/") ? team.worker().id().toString()
                    : UUID.randomUUID().toString();
            default -> UUID.randomUUID().toString();
        };
    }

    private static Object textValue(String field, UUID youngPersonId, TeamFixture team) {
        return switch (field) {
            case "owner", "username", "staffUsername", "supervisor", "from", "to", "assignee", "staff" -> team.worker().username();
            case "serviceManager", "headOfService", "director" -> team.manager().username();
            case "youngPersonId" -> youngPersonId.toString();
            case "teamId" -> team.id().toString();
            default -> null;
        };
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("[\\r\\n]+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 297) + "..." : oneLine;
    }
}

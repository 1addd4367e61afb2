package app.waypoint.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The inbox over HTTP: each member of staff sees, counts and marks only their own notifications, and gets them live. */
@QuarkusTest
class NotificationResourceTest {

    private static final Duration STREAM_WAIT = Duration.ofSeconds(10);

    @Inject
    PeopleFixtures people;
    @Inject
    NotificationFixtures fixtures;

    @TestHTTPResource("/api/notifications/stream")
    URI streamUri;

    @Test
    void shouldListNewestFirstAndCountUnreadWhenNotified() {
        // given
        TeamFixture team = people.team();
        for (String headline : List.of("First", "Second", "Third")) {
            fixtures.notifyCommitted(fixtures.notice(team.worker().username(), headline));
        }

        // when / then
        given().header("Authorization", team.workerToken()).get("/api/notifications")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.headline", equalTo(List.of("Third", "Second", "First")))
                .body("items[0].youngPersonRef", equalTo("LOC-1")).body("items[0].link", equalTo("/tasks/1"))
                .body("items[0].read", equalTo(false));
        given().header("Authorization", team.workerToken()).queryParam("size", 2).queryParam("page", 1).get("/api/notifications")
                .then().statusCode(200).body("total", equalTo(3)).body("items.headline", equalTo(List.of("First")));
        given().header("Authorization", team.workerToken()).get("/api/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(3));
        given().header("Authorization", team.managerToken()).get("/api/notifications")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldMarkOneReadAndLeaveTheOtherUnreadWhenOneIsRead() {
        // given
        TeamFixture team = people.team();
        fixtures.notifyCommitted(fixtures.notice(team.worker().username(), "Older"));
        fixtures.notifyCommitted(fixtures.notice(team.worker().username(), "Newer"));
        String newer = given().header("Authorization", team.workerToken()).get("/api/notifications")
                .then().statusCode(200).extract().path("items[0].id");

        // when
        String readAt = given().header("Authorization", team.workerToken()).post("/api/notifications/{id}/read", newer)
                .then().statusCode(200).body("read", equalTo(true)).body("headline", equalTo("Newer"))
                .extract().path("readAt");

        // then
        given().header("Authorization", team.workerToken()).get("/api/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(1));
        given().header("Authorization", team.workerToken()).queryParam("unread", true).get("/api/notifications")
                .then().statusCode(200).body("total", equalTo(1)).body("items.headline", equalTo(List.of("Older")));
        given().header("Authorization", team.workerToken()).post("/api/notifications/{id}/read", newer)
                .then().statusCode(200).body("readAt", equalTo(readAt));
    }

    @Test
    void shouldMarkEverythingReadWhenReadAllIsPosted() {
        // given
        TeamFixture team = people.team();
        fixtures.notifyCommitted(fixtures.notice(team.worker().username(), "One"));
        fixtures.notifyCommitted(fixtures.notice(team.worker().username(), "Two"));
        fixtures.notifyCommitted(fixtures.notice(team.manager().username(), "The manager's"));

        // when
        given().header("Authorization", team.workerToken()).post("/api/notifications/read-all").then().statusCode(204);

        // then the worker's are read, and the manager's untouched
        given().header("Authorization", team.workerToken()).get("/api/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(0));
        given().header("Authorization", team.workerToken()).get("/api/notifications")
                .then().statusCode(200).body("items.read", equalTo(List.of(true, true)));
        given().header("Authorization", team.managerToken()).get("/api/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(1));
    }

    @Test
    void shouldAnswer404WhenSomeoneMarksAnotherPersonsNotification() {
        // given
        TeamFixture team = people.team();
        fixtures.notifyCommitted(fixtures.notice(team.worker().username(), "For the worker"));
        String id = given().header("Authorization", team.workerToken()).get("/api/notifications")
                .then().statusCode(200).extract().path("items[0].id");

        // when / then
        given().header("Authorization", team.managerToken()).post("/api/notifications/{id}/read", id)
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://waypoint.app/problems/notification-not-found"));
        given().header("Authorization", team.workerToken()).get("/api/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(1));
    }

    @Test
    void shouldAnswer401WhenNoTokenIsGiven() {
        given().get("/api/notifications").then().statusCode(401);
        given().get("/api/notifications/stream").then().statusCode(401);
    }

    @Test
    void shouldPushTheUnreadCountOverTheStreamWhenNotified() throws Exception {
        // given a worker with the stream open
        TeamFixture team = people.team();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(streamUri)
                .header("Authorization", team.workerToken())
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (InputStream body = response.body()) {
            reader.submit(() -> readEvents(body, events));

            // then the first event tells the state at once
            JsonPath initial = nextEvent(events);
            assertThat(initial.getInt("unread")).isZero();

            // when a notification for the worker commits
            fixtures.notifyCommitted(fixtures.notice(team.worker().username(), "A task is overdue"));

            // then an event with the new count arrives
            JsonPath changed = nextEvent(events);
            assertThat(changed.getInt("unread")).isEqualTo(1);
            assertThat(changed.getString("latest.headline")).isEqualTo("A task is overdue");
            assertThat(changed.getString("latest.youngPersonRef")).isEqualTo("LOC-1");
        } finally {
            reader.shutdownNow();
        }
    }

    private static JsonPath nextEvent(BlockingQueue<String> events) throws InterruptedException {
        String data = events.poll(STREAM_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(data).as("an event within %s", STREAM_WAIT).isNotNull();
        return JsonPath.from(data);
    }

    /** Puts the data of each server-sent event on the queue until the stream closes. */
    private static Void readEvents(InputStream body, BlockingQueue<String> events) throws Exception {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    events.add(line.substring("data:".length()).trim());
                }
            }
        }
        return null;
    }
}

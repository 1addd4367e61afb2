package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The notifications page, and the header's unread count streamed to a signed-in page over server-sent events. */
@QuarkusTest
class NotificationsPageTest {

    @TestHTTPResource("/notifications/stream")
    URI stream;
    @Inject
    PeopleFixtures people;
    @Inject
    NotificationService notifications;
    @Inject
    YoungPersonService youngPeople;
    @Inject
    TestClock clock;

    @Test
    void shouldListNotificationsAndStreamTheUnreadCountWhenSignedInWithTheSessionCookie() throws Exception {
        // given a worker with one unread notification
        TeamFixture team = people.team();
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(
                new Notice("page-test:" + team.id(), team.worker().username(), "Assess needs is overdue", "N-1", "/tasks")));
        Map<String, String> session = PageSessions.signIn(team.worker().username());

        // the page lists it
        given().cookies(session).get("/notifications").then().statusCode(200)
                .body(containsString("Assess needs is overdue")).body(containsString("1 notification,"));

        // and the stream the header listens to starts with the unread count, as an "unread" event
        String cookies = session.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(stream).header("Cookie", cookies)
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while (line != null && !line.startsWith("data:")) {
                lines.add(line);
                line = reader.readLine();
            }
            lines.add(line);
        }
        assertThat(lines).contains("event:unread").contains("data:1");
    }

    @Test
    void shouldNameTheYoungPersonAndLinkTheirPageWhenTheReaderMaySeeThem() {
        // given a notice about a young person of the worker's team, by their local id as every notice names them
        TeamFixture team = people.team();
        UUID id = people.youngPerson(team, clock.today().minusYears(16), clock.today().minusYears(3), true);
        YoungPersonFacts youngPerson = youngPeople.facts(id);
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice("page-test-name:" + team.id(), team.worker().username(),
                "Assess needs is overdue", youngPerson.localId(), "/tasks")));

        // when the worker opens their notifications, the young person is named, with a link to their page
        given().cookies(PageSessions.signIn(team.worker().username())).get("/notifications").then().statusCode(200)
                .body(containsString("<a href=\"/young-people/" + id + "\">" + youngPerson.name() + "</a>"));

        // and a reader who may not see them (a worker of another team, told by mistake) gets the local id only
        TeamFixture other = people.team();
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice("page-test-name:" + other.id(), other.worker().username(),
                "Assess needs is overdue", youngPerson.localId(), "/tasks")));
        String page = given().cookies(PageSessions.signIn(other.worker().username())).get("/notifications").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains(youngPerson.localId()).doesNotContain(youngPerson.name()).doesNotContain("/young-people/" + id);
    }
}

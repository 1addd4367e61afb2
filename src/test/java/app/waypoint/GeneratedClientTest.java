package app.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.client.ApiClient;
import app.waypoint.client.ApiException;
import app.waypoint.client.api.LeavingCareTransitionsApi;
import app.waypoint.client.api.TasklistApi;
import app.waypoint.client.api.YoungPeopleApi;
import app.waypoint.client.model.CareStatus;
import app.waypoint.client.model.CaseloadEntry;
import app.waypoint.client.model.PageTaskResponse;
import app.waypoint.client.model.TaskResponse;
import app.waypoint.client.model.YoungPersonResponse;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client generated from the contract (openapi-generator, Java's own HTTP client; see the pom and README "Operations"), used as
 * a council's integration would use it (issue 17): it compiles against the committed snapshot of the contract, which
 * {@link OpenApiSnapshotTest} keeps equal to what is served, and its calls come back as typed objects.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    PeopleFixtures people;

    @Inject
    TestClock clock;

    @Test
    void shouldListAndReadYoungPeopleAndListTheirTasksWhenCalledThroughTheGeneratedClient() throws ApiException {
        // given a young person of a team, whose leaving-care transition the manager has started through the client
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(16).minusMonths(10);
        UUID youngPersonId = people.youngPerson(team, born, clock.today().minusYears(3), false);
        ApiClient manager = clientFor(Tokens.bearer(team.manager()));
        assertThat(new LeavingCareTransitionsApi(manager).transitionStart(youngPersonId).getOpen()).isTrue();
        YoungPeopleApi youngPeople = new YoungPeopleApi(manager);

        // when the manager lists the team's young people, reads the one, and lists the tasks about them
        var caseload = youngPeople.youngPersonList(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, team.id(), null, null);
        YoungPersonResponse record = youngPeople.youngPersonGet(youngPersonId);
        PageTaskResponse tasks = new TasklistApi(manager).taskList(null, null, null, null, null, null, null, null, null, null, null,
                youngPersonId);

        // then each answer arrives as typed objects, with the young person's details and open work
        assertThat(caseload.getItems()).extracting(CaseloadEntry::getId).containsExactly(youngPersonId);
        assertThat(caseload.getItems().get(0).getDateOfBirth()).isEqualTo(born);
        assertThat(caseload.getTotal()).isEqualTo(1);
        assertThat(record.getDateOfBirth()).isEqualTo(born);
        assertThat(record.getTeamId()).isEqualTo(team.id());
        assertThat(record.getStatus()).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(record.getVersion()).isNotNull();
        assertThat(tasks.getTotal()).isPositive();
        assertThat(tasks.getItems()).extracting(TaskResponse::getYoungPersonId).containsOnly(youngPersonId);
        assertThat(tasks.getItems()).extracting(TaskResponse::getProcessKey).containsOnly("LeavingCareTransitionProcess");
    }

    /** The generated client, pointed at the test server, sending the bearer token on every call. */
    private ApiClient clientFor(String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", bearer));
        return client;
    }
}

package app.waypoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed snapshot of the contract, from which the build generates the client that {@link GeneratedClientTest} uses,
 * is the contract the application serves (issue 17). When an endpoint changes, this test fails and says how to refresh it.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("src", "test", "resources", "openapi", "waypoint.json");
    static final Path SERVED = Path.of("target", "openapi", "served.json");

    @Test
    void shouldKeepTheClientsSnapshotEqualToTheServedContractWhenTheApiChanges() throws IOException {
        // given the contract as served (kept in target/, to refresh the snapshot from)
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served);

        // then the snapshot the client is generated from says the same
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(Files.readString(SNAPSHOT)).equals(json.readTree(served)))
                .as("The served contract has changed: refresh the snapshot with `cp %s %s` and build again (README, \"Operations\")",
                        SERVED, SNAPSHOT)
                .isTrue();
    }
}

package app.waypoint.testsupport;

import app.waypoint.WaypointMain;
import app.waypoint.local.LocalEnvironment;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Every {@code @QuarkusTest} runs against a fresh embedded PostgreSQL (or the one named by QUARKUS_DATASOURCE_JDBC_URL)
 * and signs its tokens with a key made for the run.
 */
@WithTestResource(value = LocalEnvironmentResource.class, scope = TestResourceScope.GLOBAL)
public class LocalEnvironmentResource implements QuarkusTestResourceLifecycleManager {

    private LocalEnvironment environment;

    @Override
    public Map<String, String> start() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "test-environment"));
            environment = LocalEnvironment.start(folder, !WaypointMain.databaseConfigured(), true);
            return environment.properties();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (environment != null) {
            environment.close();
        }
    }
}

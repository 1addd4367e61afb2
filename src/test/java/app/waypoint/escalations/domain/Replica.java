package app.waypoint.escalations.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A running replica of the packaged service ({@code target/quarkus-app/quarkus-run.jar}) for the integration tests: a
 * child process on its own ports, pointed at a shared database, its output in a file under the test's folder in target/.
 */
record Replica(String name, int port, int managementPort, Process process, Path log) {

    static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** Generous: on a shared CI machine the first start runs every migration. */
    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Starts the jar with the database and token keys of {@code config} (quarkus.datasource.*, mp.jwt.verify.*), with
     * the configuration properties {@code settings} on top (system properties: unlike environment variables, they name
     * keys of the engine's generic configuration that application.properties does not set); its output goes to
     * {@code work/<name>-run<run>.log}.
     */
    static Replica launch(Path work, String name, int run, Map<String, String> config, Map<String, String> settings) {
        assertThat(APP).as("the packaged application (mvn package)").exists();
        try {
            int port = freePort();
            int managementPort = freePort();
            Path log = work.resolve(name + "-run" + run + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    // the engine writes this name into the jobs it locks (ACT_RU_JOB.LOCK_OWNER_)
                    "-Dquarkus.camunda.job-executor.generic-config.lock-owner=" + name));
            settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", APP.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            // with a database URL, WaypointMain uses that database and starts no demo
            env.put("QUARKUS_DATASOURCE_JDBC_URL", config.get("quarkus.datasource.jdbc.url"));
            env.put("QUARKUS_DATASOURCE_USERNAME", config.get("quarkus.datasource.username"));
            env.put("QUARKUS_DATASOURCE_PASSWORD", config.get("quarkus.datasource.password"));
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", config.get("mp.jwt.verify.publickey.location"));
            env.put("MP_JWT_VERIFY_ISSUER", config.get("mp.jwt.verify.issuer"));
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            // health and metrics are on the management interface, its own port
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
            // the engine writes this name into its job log (ACT_HI_JOB_LOG.HOSTNAME_): who ran what
            env.put("QUARKUS_CAMUNDA_GENERIC_CONFIG_HOSTNAME", name);
            env.put("QUARKUS_CAMUNDA_JOB_EXECUTOR_GENERIC_CONFIG_WAIT_TIME_IN_MILLIS", "200");
            env.put("QUARKUS_CAMUNDA_JOB_EXECUTOR_GENERIC_CONFIG_MAX_WAIT", "1000");
            env.put("QUARKUS_MAILER_MOCK", "true");
            env.put("WAYPOINT_NOTIFICATIONS_DELIVERY_INTERVAL", "1s");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new Replica(name, port, managementPort, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** This JVM signs bearer tokens (Tokens) with the key and issuer that replicas started with {@code config} verify. */
    static void signTokensFor(Map<String, String> config) {
        System.setProperty("smallrye.jwt.sign.key.location", config.get("smallrye.jwt.sign.key.location"));
        System.setProperty("smallrye.jwt.new-token.issuer", config.get("smallrye.jwt.new-token.issuer"));
        System.setProperty("smallrye.jwt.new-token.lifespan", "3600");
    }

    /** Stops each replica that was started (SIGTERM). */
    static void stopAll(Replica... replicas) {
        for (Replica replica : replicas) {
            if (replica != null) {
                replica.stop();
            }
        }
    }

    /** Waits until the replica answers UP on /q/health/ready (engine running, every model deployed). */
    Replica awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        while (!ready()) {
            if (!process.isAlive()) {
                fail("%s stopped during start-up (exit %d):%n%s", name, process.exitValue(), tail());
            }
            if (Instant.now().isAfter(deadline)) {
                fail("%s not ready after %s:%n%s", name, STARTUP, tail());
            }
            Polling.pause();
        }
        return this;
    }

    /** Whether the replica answers 200 on /q/health/ready now (its database reachable among others). */
    boolean ready() {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the replica the way an orchestrator does (SIGTERM), and kills it if it does not end in time. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code kill -9}: the process ends at once, in the middle of whatever it was doing. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    RequestSpecification as(String bearer) {
        return given().baseUri("http://localhost").port(port).header("Authorization", bearer);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output in " + log + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

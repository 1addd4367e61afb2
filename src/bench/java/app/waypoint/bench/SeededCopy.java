package app.waypoint.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The seeded council, kept as a copy of the embedded PostgreSQL's data folder ({@code <dataDir>/postgres-seeded}), so that
 * every run measures the same data. A run changes its council: its starts open transitions, its completions move tasks on,
 * its escalation burst escalates tasks for good and the raw engine starts transitions of its own. Kept as they were, the open
 * tasks grew by 44 % over several runs (session 13), and with them every team's tasklist. So each run begins by putting the
 * copy back, and seeding copies the folder again only when it changed what a copy holds. A PostgreSQL named by
 * {@code -Dbench.jdbcUrl} is not copied: it keeps what each run did.
 */
final class SeededCopy {

    /** What seeding adds, settles or a new version migrates, counted: the same before and after seeding means the copy still holds. */
    private static final String FINGERPRINT = "select (select count(*) from waypoint.flyway_schema_history) || '/' "
            + "|| (select value_ from act_ge_property where name_ = 'schema.version') || '/' "
            + "|| (select count(*) from waypoint.young_person) || '/' || (select count(*) from waypoint.transition) || '/' "
            + "|| (select count(*) from act_hi_procinst where id_ like 'bench-%') || '/' "
            + "|| (select count(*) from waypoint.young_person where care_status is null)";

    private final Path data;
    private final Path copy;
    private final boolean embedded;

    private SeededCopy(Path data, Path copy, boolean embedded) {
        this.data = data;
        this.copy = copy;
        this.embedded = embedded;
    }

    static SeededCopy of(BenchSettings settings) {
        return new SeededCopy(BenchDatabase.dataFolder(settings), settings.dataDir().resolve("postgres-seeded"), settings.jdbcUrl().isEmpty());
    }

    /** Before PostgreSQL starts: the data folder becomes the seeded copy again, whatever the last run did to it. */
    void restore() throws IOException {
        if (!embedded) {
            Seeder.log("data: the PostgreSQL of bench.jdbcUrl keeps what each run changes (no seeded copy is restored)");
            return;
        }
        if (!Files.isDirectory(copy)) {
            return;
        }
        long started = System.nanoTime();
        delete(data);
        long bytes = copyFolder(copy, data);
        Seeder.log("data: the seeded council restored from %s (%,d MB in %s); the last run's changes are gone", copy, bytes >> 20,
                Seeder.since(started));
        writtenToDisk();
    }

    /**
     * Waits until the system has written the restored folder to disk ({@code sync}), so that the copy's gigabytes are not
     * written back while the first windows run, beside every commit's fsync (590 MB were still unwritten four minutes into a run
     * that measured completions alone). A precaution: session 16 did not measure its effect apart from other changes to the
     * runs (README "At national scale").
     */
    private static void writtenToDisk() throws IOException {
        long started = System.nanoTime();
        try {
            int exit = new ProcessBuilder("sync").inheritIO().start().waitFor();
            Seeder.log("data: written to disk in %s (sync, exit %d)", Seeder.since(started), exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the restored data was written to disk", e);
        }
    }

    /** On the running database, before and after seeding; empty before the service's first migration. */
    String fingerprint(BenchDatabase database) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(FINGERPRINT)) {
            row.next();
            return row.getString(1);
        } catch (SQLException notMigratedYet) {
            return "";
        }
    }

    /** After seeding, with PostgreSQL stopped: copies the data folder when seeding changed it, or when there is no copy yet. */
    void keep(boolean seedingChanged) throws IOException {
        if (!embedded || (!seedingChanged && Files.isDirectory(copy))) {
            return;
        }
        long started = System.nanoTime();
        Path partial = copy.resolveSibling(copy.getFileName() + ".partial");
        delete(partial);
        long bytes = copyFolder(data, partial);
        delete(copy);
        Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
        Seeder.log("data: the seeded council copied to %s (%,d MB in %s), for the next run to start from", copy, bytes >> 20,
                Seeder.since(started));
    }

    /**
     * Copies a folder tree, permissions included (PostgreSQL refuses a data folder others can read), each file flushed to the
     * disk: otherwise the kernel writes gigabytes back while the first windows measure, and their commits wait behind it.
     * Returns the bytes.
     */
    private static long copyFolder(Path from, Path to) throws IOException {
        long[] bytes = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                Files.copy(folder, to.resolve(from.relativize(folder).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path copied = to.resolve(from.relativize(file).toString());
                Files.copy(file, copied, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile()) {
                    try (FileChannel written = FileChannel.open(copied, StandardOpenOption.WRITE)) {
                        written.force(true);
                    }
                }
                bytes[0] += attributes.size();
                return FileVisitResult.CONTINUE;
            }
        });
        return bytes[0];
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path visited, IOException failure) throws IOException {
                Files.delete(visited);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

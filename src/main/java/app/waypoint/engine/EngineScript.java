package app.waypoint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One of our migrations of the engine's tables: a SQL script of the classpath folder {@code db/engine}, named
 * {@code V<version>__<description>.sql}, run statement by statement in one transaction. The folder's scripts are found
 * ({@link #inFolder}), not listed by hand: a hand-kept list once left V35 unrun.
 */
record EngineScript(String version, String description, String resource) implements JavaMigration {

    static final String FOLDER = "db/engine";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /** Every script of {@link #FOLDER}, from a folder of classes (tests, development) or a jar (the packaged service). */
    static List<EngineScript> inFolder(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL folder : Collections.list(loader.getResources(FOLDER))) {
                names.addAll(fileNames(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the engine migrations in " + FOLDER, e);
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("No engine migrations found in " + FOLDER + " on the classpath");
        }
        return names.stream().map(EngineScript::named).toList();
    }

    /** The script of a file name such as {@code V35__failed_jobs_index.sql}: version 35, description "failed jobs index". */
    private static EngineScript named(String fileName) {
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalStateException("Not an engine migration's name (V<version>__<description>.sql): " + FOLDER + "/" + fileName);
        }
        return new EngineScript(name.group(1), name.group(2).replace('_', ' '), FOLDER + "/" + fileName);
    }

    private static List<String> fileNames(URL folder) throws IOException {
        switch (folder.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    return files.map(file -> file.getFileName().toString()).toList();
                } catch (URISyntaxException e) {
                    throw new IOException("Not a folder: " + folder, e);
                }
            }
            case "jar" -> {
                URLConnection connection = folder.openConnection();
                connection.setUseCaches(false); // a JarFile of our own, closed here, not the one the class loader reads
                try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                    String prefix = FOLDER + "/";
                    return jar.stream().map(ZipEntry::getName)
                            .filter(entry -> entry.startsWith(prefix) && entry.length() > prefix.length() && entry.indexOf('/', prefix.length()) < 0)
                            .map(entry -> entry.substring(prefix.length())).toList();
                }
            }
            default -> throw new IOException("Cannot list the engine migrations in " + folder);
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(text().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }

    /** The script's statements: split at each semicolon, except inside a dollar-quoted body ({@code $$ ... $$}, a function's). */
    private List<String> statements() {
        String withoutComments = text().lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
        List<String> statements = new ArrayList<>();
        String[] outsideAndInsideBodies = withoutComments.split("\\$\\$", -1);
        StringBuilder statement = new StringBuilder();
        for (int i = 0; i < outsideAndInsideBodies.length; i++) {
            String part = outsideAndInsideBodies[i];
            if (i % 2 == 1) {
                statement.append("$$").append(part).append("$$");
                continue;
            }
            String[] ends = part.split(";", -1);
            for (int j = 0; j < ends.length - 1; j++) {
                statements.add(statement.append(ends[j]).toString().strip());
                statement.setLength(0);
            }
            statement.append(ends[ends.length - 1]);
        }
        statements.add(statement.toString().strip());
        return statements.stream().filter(sql -> !sql.isEmpty()).toList();
    }

    private String text() {
        try (InputStream in = EngineScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package app.waypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's migrations are the scripts found in {@code db/engine}, in the packaged service's jar as in a folder of classes. */
class EngineScriptTest {

    @TempDir
    Path folder;

    @Test
    void shouldFindEveryScriptOfTheFolderInAJar() throws IOException {
        // given a jar as the service is packaged in, with two scripts in db/engine, one in a folder below it and one elsewhere
        Path jar = jar("db/engine/V31__engine_indexes.sql", "db/engine/V35__failed_jobs_index.sql", "db/engine/old/V1__kept_aside.sql",
                "db/migration/V1__application.sql");

        // when the engine's migrations are looked for on its class path
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            // then they are the folder's two scripts, with the version and description of their names
            assertThat(EngineScript.inFolder(loader)).containsExactly(
                    new EngineScript("31", "engine indexes", "db/engine/V31__engine_indexes.sql"),
                    new EngineScript("35", "failed jobs index", "db/engine/V35__failed_jobs_index.sql"));
        }
    }

    @Test
    void shouldRefuseAScriptWhoseNameIsNotAMigrations() throws IOException {
        // given a script named without its version
        Path jar = jar("db/engine/V31__engine_indexes.sql", "db/engine/failed_jobs_index.sql");

        // when looked for, then the service does not start with it silently left out
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> EngineScript.inFolder(loader)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("db/engine/failed_jobs_index.sql");
        }
    }

    @Test
    void shouldRefuseToStartWithNoScriptAtAll() throws IOException {
        // given a class path without the folder
        Path jar = jar("db/migration/V1__application.sql");

        // when looked for, then it says the scripts are missing rather than migrate nothing
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> EngineScript.inFolder(loader)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("No engine migrations found in db/engine");
        }
    }

    /** A jar with the given files (each "select 1;") and their folders' entries, as Maven's jar plugin writes them. */
    private Path jar(String... files) throws IOException {
        Path jar = folder.resolve("service.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Set<String> folders = new TreeSet<>();
            for (String file : files) {
                for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
                    folders.add(file.substring(0, slash + 1));
                }
            }
            for (String entry : folders) {
                out.putNextEntry(new JarEntry(entry));
                out.closeEntry();
            }
            for (String file : files) {
                out.putNextEntry(new JarEntry(file));
                out.write("select 1;\n".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}

package app.waypoint.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The process models packaged from the top-level {@code bpmn/} folder onto the classpath (as files or inside a jar). */
final class ProcessModels {

    static final String FOLDER = "bpmn";

    private ProcessModels() {
    }

    /** Each model file name (e.g. {@code pathway-review.bpmn}) with its content, sorted by name. */
    static Map<String, byte[]> load() {
        URL folder = Thread.currentThread().getContextClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("No " + FOLDER + "/ folder on the classpath");
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return read(jar.getPath(FOLDER));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
            throw new IllegalStateException("The jar file system for " + uri + " is already open");
        } catch (FileSystemNotFoundException notOpen) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(p -> p.getFileName().toString().endsWith(".bpmn")).sorted().forEach(files::add);
        }
        Map<String, byte[]> models = new java.util.TreeMap<>();
        for (Path file : files) {
            models.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return models;
    }
}

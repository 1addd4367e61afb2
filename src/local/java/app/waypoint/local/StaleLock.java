package app.waypoint.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code postmaster.pid} left behind by a killed run. The embedded server runs in a user namespace, where
 * PostgreSQL cannot tell a dead owner from a live one, so it refuses to start; a lock whose process is gone is removed.
 */
final class StaleLock {

    private StaleLock() {
    }

    static void clear(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return;
        }
        List<String> lines = Files.readAllLines(lock);
        Optional<ProcessHandle> owner = lines.isEmpty() ? Optional.empty() : parse(lines.get(0)).flatMap(ProcessHandle::of);
        boolean alive = owner.filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().command())
                .filter(command -> command.contains("postgres"))
                .isPresent();
        if (!alive) {
            Files.delete(lock);
        }
    }

    private static Optional<Long> parse(String pid) {
        try {
            return Optional.of(Long.parseLong(pid.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package app.waypoint.youngpersonview.domain.senders;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The mock sender of tests and the local demo: it sends nothing, writes the code to the log (without the contact), and keeps
 * the last code and every notice per contact for a test to read. Never configure it in production.
 */
@ApplicationScoped
@Identifier("log")
public class LoggingMessenger implements YoungPersonMessenger {

    private final Map<String, String> lastCodes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> notices = new ConcurrentHashMap<>();

    @Override
    public boolean reaches(ContactKind kind) {
        return true;
    }

    @Override
    public void send(ContactKind kind, String contact, String code) {
        lastCodes.put(ContactKind.normalise(contact), code);
        Log.infof("Young person's sign-in code (mock %s sender): %s", kind.name().toLowerCase(), code);
    }

    @Override
    public void sendNotice(ContactKind kind, String contact, String message) {
        notices.computeIfAbsent(ContactKind.normalise(contact), any -> new CopyOnWriteArrayList<>()).add(message);
        Log.infof("Young person's notice (mock %s sender) kept, not sent", kind.name().toLowerCase());
    }

    /** The last code sent to this contact. */
    public Optional<String> lastCodeFor(String contact) {
        return Optional.ofNullable(lastCodes.get(ContactKind.normalise(contact)));
    }

    /** Every notice sent to this contact, oldest first. */
    public List<String> noticesFor(String contact) {
        return List.copyOf(notices.getOrDefault(ContactKind.normalise(contact), List.of()));
    }
}

package app.waypoint.youngpersonview.domain.senders;

import app.waypoint.youngpersonview.domain.settings.YoungPersonViewConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link YoungPersonMessenger} that {@code waypoint.young-person-view.sender} names, or several, comma-separated (e.g.
 * {@code mail,sms}): each contact goes through the first of them that reaches its kind.
 */
@ApplicationScoped
public class ConfiguredMessenger {

    private final YoungPersonMessenger sender;

    ConfiguredMessenger(@Any Instance<YoungPersonMessenger> senders, YoungPersonViewConfig config) {
        List<YoungPersonMessenger> named = Arrays.stream(config.sender().split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> senders.select(Identifier.Literal.of(name)).get()).toList();
        this.sender = named.size() == 1 ? named.get(0) : new FirstThatReaches(named);
    }

    public YoungPersonMessenger get() {
        return sender;
    }

    private record FirstThatReaches(List<YoungPersonMessenger> senders) implements YoungPersonMessenger {

        @Override
        public boolean reaches(ContactKind kind) {
            return senders.stream().anyMatch(sender -> sender.reaches(kind));
        }

        @Override
        public void send(ContactKind kind, String contact, String code) {
            first(kind).send(kind, contact, code);
        }

        @Override
        public void sendNotice(ContactKind kind, String contact, String message) {
            first(kind).sendNotice(kind, contact, message);
        }

        private YoungPersonMessenger first(ContactKind kind) {
            return senders.stream().filter(sender -> sender.reaches(kind)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No configured sender reaches a " + kind.name().toLowerCase()));
        }
    }
}

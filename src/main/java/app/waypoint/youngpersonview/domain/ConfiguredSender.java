package app.waypoint.youngpersonview.domain;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

/** The {@link CodeSender} that {@code waypoint.young-person-view.sender} names. */
@ApplicationScoped
class ConfiguredSender {

    private final CodeSender sender;

    ConfiguredSender(@Any Instance<CodeSender> senders, YoungPersonViewConfig config) {
        this.sender = senders.select(Identifier.Literal.of(config.sender())).get();
    }

    CodeSender get() {
        return sender;
    }
}

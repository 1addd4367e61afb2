package app.waypoint.notifications;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoticeTest {

    @Test
    void shouldAcceptLocalIdOrInitialsAsYoungPersonRef() {
        assertThatCode(() -> new Notice("escalation:1:overdue", "maya.manager", "A task is overdue", "LOC-123", "/tasks/1"))
                .doesNotThrowAnyException();
        assertThatCode(() -> new Notice("escalation:1:overdue", "maya.manager", "A task is overdue", "S.W.", "/tasks/1"))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAFullNameAsYoungPersonRef() {
        assertThatThrownBy(() -> new Notice("escalation:1:overdue", "maya.manager", "A task is overdue", "Sam Walker", "/tasks/1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("youngPersonRef");
    }

    @Test
    void shouldRefuseALinkOutsideWaypointOrAMissingEventKey() {
        assertThatThrownBy(() -> new Notice("escalation:1:overdue", "maya.manager", "A task is overdue", null, "https://elsewhere.test/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("link");
        assertThatThrownBy(() -> new Notice(" ", "maya.manager", "A task is overdue", null, "/tasks/1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventKey");
    }
}

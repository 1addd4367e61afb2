package app.waypoint.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationEmailTest {

    @Test
    void shouldCarryHeadlineReferenceAndAbsoluteLinkWhenComposed() {
        // when
        NotificationEmail email = NotificationEmail.of("maya@example.test", "A task is overdue", "LOC-123", "/tasks/42",
                "https://waypoint.example-council.gov.uk/");

        // then
        assertThat(email.to()).isEqualTo("maya@example.test");
        assertThat(email.subject()).isEqualTo("Waypoint: A task is overdue");
        assertThat(email.text())
                .startsWith("A task is overdue\n")
                .contains("Young person: LOC-123\n")
                .contains("Open in Waypoint: https://waypoint.example-council.gov.uk/tasks/42\n");
    }

    @Test
    void shouldLeaveOutTheYoungPersonLineWhenTheNoticeIsAboutNobody() {
        NotificationEmail email = NotificationEmail.of("maya@example.test", "Supervision is due", null, "/supervisions", "http://localhost:8080");

        assertThat(email.text()).doesNotContain("Young person").contains("http://localhost:8080/supervisions");
    }
}

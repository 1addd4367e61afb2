package app.waypoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an entry says a request was: the part of the record from the route template, and the reason as given. */
class AuditRequestFilterTest {

    @Test
    void shouldNameThePartOfTheRecordWhenRouteIsUnderAYoungPerson() {
        assertThat(AuditRequestFilter.recordKind("/api/young-people/{id}/pathway-plan/versions/{version}")).isEqualTo("pathway plan");
        assertThat(AuditRequestFilter.recordKind("/api/young-people/{id}/contacts")).isEqualTo("contacts");
        assertThat(AuditRequestFilter.recordKind("/api/young-people/{id}")).isEqualTo("young person");
        assertThat(AuditRequestFilter.recordKind("/api/young-people")).isEqualTo("young people");
        assertThat(AuditRequestFilter.recordKind("/young-people/{id}")).isEqualTo("young person");
    }

    @Test
    void shouldNameTheCollectionOfTheRecordWhenRouteIsElsewhere() {
        assertThat(AuditRequestFilter.recordKind("/api/tasks/{taskId}/completion")).isEqualTo("tasks");
        assertThat(AuditRequestFilter.recordKind("/api/staff/{id}/supervisions/{sessionId}/record")).isEqualTo("supervisions");
        assertThat(AuditRequestFilter.recordKind("/api/escalations")).isEqualTo("escalations");
        assertThat(AuditRequestFilter.recordKind("/tasks")).isEqualTo("tasks");
    }

    @Test
    void shouldKeepTheReasonWithoutControlCharactersAndShortenedWhenTheCallerGivesOne() {
        assertThat(AuditRequestFilter.reason("  Subject access\nrequest 42 ")).isEqualTo("Subject access request 42");
        assertThat(AuditRequestFilter.reason("   ")).isNull();
        assertThat(AuditRequestFilter.reason(null)).isNull();
        assertThat(AuditRequestFilter.reason("x".repeat(900))).hasSize(AuditRequestFilter.MAX_REASON_LENGTH);
    }
}

package app.waypoint.supervision.domain.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.supervision.domain.records.CarriedOutcome;
import app.waypoint.supervision.domain.records.RecordSessionRequest.CarriedInput;
import app.waypoint.supervision.domain.records.RecordSessionRequest.DiscussionInput;
import app.waypoint.supervision.domain.records.RecordSessionRequest;
import app.waypoint.supervision.domain.records.SupervisionActionInput;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A supervision record: dated actions with owners, a decision per discussion, an outcome for every carried action. */
class SupervisionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final UUID YOUNG_PERSON = UUID.randomUUID();

    @Test
    void shouldNameTheActionWhenOwnerOrDueDateIsMissing() {
        // given
        RecordSessionRequest record = new RecordSessionRequest(null, List.of(new DiscussionInput(YOUNG_PERSON, "talk", "decide",
                List.of(new SupervisionActionInput("Ring the college", null, null)))), List.of());

        // when
        List<FieldError> errors = SupervisionRules.recordErrors(record, TODAY, TODAY, Map.of(), username -> true, id -> true);

        // then
        assertThat(errors).extracting(FieldError::field)
                .containsExactly("discussions[0].actions[0].owner", "discussions[0].actions[0].dueDate");
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).contains("Ring the college"));
    }

    @Test
    void shouldRequireAnOutcomeForEveryCarriedActionAndAReasonWhenRedated() {
        // given two open actions, one left out and one re-dated without a reason
        UUID redated = UUID.randomUUID();
        UUID forgotten = UUID.randomUUID();
        Map<UUID, String> open = new LinkedHashMap<>();
        open.put(redated, "Ring the college");
        open.put(forgotten, "Check the tenancy");
        RecordSessionRequest record = new RecordSessionRequest(TODAY, List.of(),
                List.of(new CarriedInput(redated, CarriedOutcome.REDATED, TODAY.plusDays(7), " ")));

        // when
        List<FieldError> errors = SupervisionRules.recordErrors(record, TODAY, TODAY, open, username -> true, id -> true);

        // then
        assertThat(errors).extracting(FieldError::field).containsExactly("carried[0].reason", "carried");
        assertThat(errors.get(1).message()).contains("Check the tenancy");
    }

    @Test
    void shouldRefuseSessionInTheFutureAndYoungPersonNotVisibleAndDiscussionWithoutDecision() {
        // when
        RecordSessionRequest record = new RecordSessionRequest(TODAY.plusDays(1),
                List.of(new DiscussionInput(YOUNG_PERSON, "talk", null, List.of())), List.of());
        List<FieldError> errors = SupervisionRules.recordErrors(record, TODAY.plusDays(1), TODAY, Map.of(), username -> true, id -> false);

        // then
        assertThat(errors).extracting(FieldError::field)
                .containsExactly("heldOn", "discussions[0].youngPersonId", "discussions[0].decision");
    }
}

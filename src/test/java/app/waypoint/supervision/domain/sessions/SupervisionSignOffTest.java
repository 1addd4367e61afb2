package app.waypoint.supervision.domain.sessions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.waypoint.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sign-off guard without the engine: held, once each, and only once the next session is booked. */
class SupervisionSignOffTest {

    private static final LocalDate HELD_ON = LocalDate.of(2027, 3, 1);
    private static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");

    private final UUID worker = UUID.randomUUID();
    private final UUID supervisor = UUID.randomUUID();

    @Test
    void shouldAllowTheWorkerToSignWhenHeldAndTheNextSessionIsBooked() {
        // given
        SupervisionSession session = held();

        // when / then
        assertThatCode(() -> SupervisionSteps.requireSignable(session, true, Optional.of(bookedFor(HELD_ON.plusWeeks(4)))))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseWhenTheSessionIsNotRecordedYet() {
        // given
        SupervisionSession session = new SupervisionSession(worker, supervisor, HELD_ON, "manager", NOW);

        // when / then
        assertThatThrownBy(() -> SupervisionSteps.requireSignable(session, true, Optional.of(bookedFor(HELD_ON.plusWeeks(4)))))
                .isInstanceOf(ConflictException.class).extracting("type").isEqualTo("supervision-not-held");
    }

    @Test
    void shouldRefuseASecondSignatureWhenTheSupervisorSignedAlready() {
        // given
        SupervisionSession session = held();
        session.sign(false, NOW, HELD_ON.plusDays(1));

        // when / then
        assertThatThrownBy(() -> SupervisionSteps.requireSignable(session, false, Optional.of(bookedFor(HELD_ON.plusWeeks(4)))))
                .isInstanceOf(ConflictException.class).extracting("type").isEqualTo("supervision-already-signed");
    }

    @Test
    void shouldLetTheWorkerSignWhenOnlyTheSupervisorSigned() {
        // given
        SupervisionSession session = held();
        session.sign(false, NOW, HELD_ON.plusDays(1));

        // when / then
        assertThatCode(() -> SupervisionSteps.requireSignable(session, true, Optional.of(bookedFor(HELD_ON.plusWeeks(4)))))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseWhenNoNextSessionIsBooked() {
        // given
        SupervisionSession session = held();

        // when / then
        assertThatThrownBy(() -> SupervisionSteps.requireSignable(session, true, Optional.empty()))
                .isInstanceOf(ConflictException.class).extracting("type").isEqualTo("next-supervision-not-booked");
    }

    @Test
    void shouldRefuseWhenTheBookedSessionIsBeforeTheOneHeld() {
        // given
        SupervisionSession session = held();

        // when / then
        assertThatThrownBy(() -> SupervisionSteps.requireSignable(session, true, Optional.of(bookedFor(HELD_ON.minusDays(1)))))
                .isInstanceOf(ConflictException.class).extracting("type").isEqualTo("next-supervision-not-booked");
    }

    @Test
    void shouldAcceptANextSessionBookedForTheDayItWasHeld() {
        // given
        SupervisionSession session = held();

        // when / then
        assertThatCode(() -> SupervisionSteps.requireSignable(session, true, Optional.of(bookedFor(HELD_ON))))
                .doesNotThrowAnyException();
    }

    private SupervisionSession held() {
        SupervisionSession session = new SupervisionSession(worker, supervisor, HELD_ON, "manager", NOW);
        session.recordHeld(HELD_ON, HELD_ON.plusDays(5), "manager", NOW);
        return session;
    }

    private SupervisionSession bookedFor(LocalDate day) {
        return new SupervisionSession(worker, supervisor, day, "manager", NOW);
    }
}

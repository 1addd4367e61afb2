package app.waypoint.youngpersonview.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignInCodeTest {

    private static final Instant SENT = Instant.parse("2026-12-04T10:00:00Z");
    private static final int TRIES = 5;

    private final SignInCode code = new SignInCode("ref-hash", UUID.randomUUID(), "123456", SENT, SENT.plus(Duration.ofMinutes(10)));

    @Test
    void shouldAcceptTheRightCodeOnceWhenTypedInTime() {
        assertThat(code.check("123 456", SENT.plusSeconds(60), TRIES)).isEqualTo(CodeCheck.ACCEPTED);
        assertThat(code.check("123456", SENT.plusSeconds(61), TRIES)).isEqualTo(CodeCheck.SPENT);
    }

    @Test
    void shouldRefuseTheRightCodeWhenItHasExpired() {
        assertThat(code.check("123456", SENT.plus(Duration.ofMinutes(10)), TRIES)).isEqualTo(CodeCheck.SPENT);
    }

    @Test
    void shouldStopWorkingWhenTooManyWrongCodesWereTyped() {
        for (int i = 1; i < TRIES; i++) {
            assertThat(code.check("000000", SENT.plusSeconds(i), TRIES)).isEqualTo(CodeCheck.WRONG);
        }
        assertThat(code.check("000000", SENT.plusSeconds(TRIES), TRIES)).isEqualTo(CodeCheck.SPENT);
        assertThat(code.check("123456", SENT.plusSeconds(TRIES + 1), TRIES)).isEqualTo(CodeCheck.SPENT);
    }

    @Test
    void shouldKeepOnlyASaltedHashWhenACodeIsMade() {
        assertThat(code.codeHash).doesNotContain("123456").isNotEqualTo(SignInCode.hash("", "123456"))
                .isEqualTo(SignInCode.hash("ref-hash", "123456"));
    }
}

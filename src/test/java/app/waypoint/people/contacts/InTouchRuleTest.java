package app.waypoint.people.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one definition of "in touch", without the engine or the database (defaults: 2 failed attempts, 56 days). */
class InTouchRuleTest {

    private static final InTouchRule RULE = InTouchRule.of(2, 56);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate KNOWN_SINCE = TODAY.minusYears(2);

    @Test
    void shouldBeInTouchWithAContactMadeInTheLastEightWeeks() {
        InTouchAssessment assessment = RULE.assess(new ContactHistory(TODAY.minusDays(56), 1), null, KNOWN_SINCE, TODAY);

        assertThat(assessment.state()).isEqualTo(InTouchState.IN_TOUCH);
        assertThat(assessment.since()).isEqualTo(TODAY.minusDays(56));
        assertThat(assessment.daysSinceContact()).isEqualTo(56);
        assertThat(assessment.failedAttempts()).isEqualTo(1);
    }

    @Test
    void shouldBePossiblyNotInTouchWhenTheLastContactMadeWasMoreThanEightWeeksAgo() {
        InTouchAssessment assessment = RULE.assess(new ContactHistory(TODAY.minusDays(57), 0), null, KNOWN_SINCE, TODAY);

        assertThat(assessment.state()).isEqualTo(InTouchState.POSSIBLY_NOT_IN_TOUCH);
        assertThat(assessment.since()).isEqualTo(TODAY);
        assertThat(assessment.daysSinceContact()).isEqualTo(57);
    }

    @Test
    void shouldBePossiblyNotInTouchAfterTwoFailedAttemptsInARowEvenWithARecentContact() {
        InTouchAssessment assessment = RULE.assess(new ContactHistory(TODAY.minusDays(10), 2), null, KNOWN_SINCE, TODAY);

        assertThat(assessment.state()).isEqualTo(InTouchState.POSSIBLY_NOT_IN_TOUCH);
        assertThat(RULE.tooManyFailedAttempts(1)).isFalse();
        assertThat(RULE.tooManyFailedAttempts(2)).isTrue();
    }

    @Test
    void shouldCountFromWhenTheyCameOntoTheRecordWhenNoContactWasEverMade() {
        assertThat(RULE.assess(new ContactHistory(null, 0), null, TODAY.minusDays(30), TODAY).state()).isEqualTo(InTouchState.IN_TOUCH);
        InTouchAssessment silent = RULE.assess(new ContactHistory(null, 0), null, TODAY.minusDays(60), TODAY);
        assertThat(silent.state()).isEqualTo(InTouchState.POSSIBLY_NOT_IN_TOUCH);
        assertThat(silent.daysSinceContact()).isNull();
    }

    @Test
    void shouldBeNotInTouchOnlyByAManagersDecisionUntilAContactIsMadeAfterIt() {
        LocalDate decided = TODAY.minusDays(5);

        assertThat(RULE.assess(new ContactHistory(TODAY.minusDays(200), 3), decided, KNOWN_SINCE, TODAY))
                .satisfies(assessment -> {
                    assertThat(assessment.state()).isEqualTo(InTouchState.NOT_IN_TOUCH);
                    assertThat(assessment.since()).isEqualTo(decided);
                });
        assertThat(RULE.assess(new ContactHistory(TODAY.minusDays(1), 0), decided, KNOWN_SINCE, TODAY).state())
                .isEqualTo(InTouchState.IN_TOUCH);
    }

    @Test
    void shouldNeverBeNotInTouchFromSilenceAlone() {
        InTouchAssessment years = RULE.assess(new ContactHistory(TODAY.minusYears(3), 40), null, KNOWN_SINCE, TODAY);

        assertThat(years.state()).isEqualTo(InTouchState.POSSIBLY_NOT_IN_TOUCH);
    }

    @Test
    void shouldCountAContactMadeAsRecentFromTheSameDayAsTheAssessment() {
        assertThat(RULE.isRecent(TODAY.minusDays(56), TODAY)).isTrue();
        assertThat(RULE.isRecent(TODAY.minusDays(57), TODAY)).isFalse();
        assertThat(RULE.isRecent(null, TODAY)).isFalse();
        assertThat(RULE.recentFrom(TODAY)).isEqualTo(TODAY.minusDays(56));
    }
}

package app.waypoint.people.status;

import static app.waypoint.people.status.StatusFixtures.EIGHTEENTH;
import static app.waypoint.people.status.StatusFixtures.FOURTEENTH;
import static app.waypoint.people.status.StatusFixtures.SEVENTEENTH;
import static app.waypoint.people.status.StatusFixtures.SIXTEENTH;
import static app.waypoint.people.status.StatusFixtures.TWENTY_FIFTH;
import static app.waypoint.people.status.StatusFixtures.TWENTY_FIRST;
import static app.waypoint.people.status.StatusFixtures.child;
import static app.waypoint.people.status.StatusFixtures.statusOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The statuses a young person moves through when their care history changes, at the boundaries each change sets: the day care
 * ends (the end is the first day out of care), the 18th, 21st and 25th birthdays. Issue 13: ending an episode recomputes the
 * status from the new history at once.
 */
class LeavingCareJourneyTest {

    @Test
    void shouldTurnEligibleIntoRelevantOnTheDayCareEndsWhenAnEligibleSeventeenYearOldLeaves() {
        LocalDate leaves = SEVENTEENTH.plusMonths(2);
        CareHistory history = child().inCare(FOURTEENTH, leaves).history();

        assertThat(statusOn(history, leaves.minusDays(1))).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(statusOn(history, leaves)).isEqualTo(CareStatus.RELEVANT);
    }

    @Test
    void shouldTurnRelevantIntoFormerRelevantOnTheEighteenthBirthdayAndEndItOnTheTwentyFifth() {
        CareHistory history = child().inCare(FOURTEENTH, SIXTEENTH.plusMonths(1)).history();

        assertThat(statusOn(history, EIGHTEENTH.minusDays(1))).isEqualTo(CareStatus.RELEVANT);
        assertThat(statusOn(history, EIGHTEENTH)).isEqualTo(CareStatus.FORMER_RELEVANT);
        assertThat(statusOn(history, TWENTY_FIFTH.minusDays(1))).isEqualTo(CareStatus.FORMER_RELEVANT);
        assertThat(statusOn(history, TWENTY_FIFTH)).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldMakeAnEligibleChildStillInCareAtEighteenFormerRelevantOnTheBirthday() {
        CareHistory history = child().inCare(FOURTEENTH, EIGHTEENTH).history();

        assertThat(statusOn(history, EIGHTEENTH.minusDays(1))).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(statusOn(history, EIGHTEENTH)).isEqualTo(CareStatus.FORMER_RELEVANT);
    }

    @Test
    void shouldMakeAChildWhoLeavesShortOfThirteenWeeksQualifyingUntilTheTwentyFirstBirthday() {
        // in care from the 16th birthday for 90 days: never eligible (91 days needed)
        LocalDate leaves = SIXTEENTH.plusDays(90);
        CareHistory history = child().inCare(SIXTEENTH, leaves).history();

        assertThat(statusOn(history, leaves.minusDays(1))).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(statusOn(history, leaves)).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, TWENTY_FIRST.minusDays(1))).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, TWENTY_FIRST)).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldMakeAChildWhoLeavesOnTheNinetyFirstDayRelevant() {
        // 91 days in care since the 16th birthday: eligible on the last of them, so relevant once they leave
        LocalDate leaves = SIXTEENTH.plusDays(91);
        CareHistory history = child().inCare(SIXTEENTH, leaves).history();

        assertThat(statusOn(history, leaves.minusDays(1))).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(statusOn(history, leaves)).isEqualTo(CareStatus.RELEVANT);
    }

    @Test
    void shouldKeepALeaverRelevantUntilSixMonthsBackHomeWithAParent() {
        LocalDate leaves = SIXTEENTH.plusMonths(2);
        CareHistory history = child().inCare(FOURTEENTH, leaves).homeWithParent(leaves, null).history();

        assertThat(statusOn(history, leaves.plusMonths(6).minusDays(1))).isEqualTo(CareStatus.RELEVANT);
        assertThat(statusOn(history, leaves.plusMonths(6))).isNotEqualTo(CareStatus.RELEVANT);
    }
}

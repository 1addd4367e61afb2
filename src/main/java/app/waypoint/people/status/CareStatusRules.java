package app.waypoint.people.status;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Works out a young person's leaving-care status on a day, following domain notes §1 and §4. Stateless
 * and thread-safe; it holds only the authority's {@link LocalPractice}.
 *
 * <p>Definitions, for a day {@code d}:
 * <dl>
 *   <dt>Looked after</dt>
 *   <dd>Under 18 and in a {@link CareEpisode} of any kind (short breaks included) that covers {@code d}.</dd>
 *
 *   <dt>In counting care</dt>
 *   <dd>Looked after, except that a child whose care since the 14th birthday has so far been only planned
 *       short breaks within the reg 48 limits is not in counting care (domain notes §4.1: such children are
 *       excluded from eligibility; see {@link ShortBreaks}). Once that exclusion stops applying, short
 *       breaks count like any other care.</dd>
 *
 *   <dt>Days counted</dt>
 *   <dd>Days looked after from the 14th birthday up to and including {@code d}, across any number of
 *       episodes, overlapping episodes counted once. Days before the 14th birthday never count.</dd>
 *
 *   <dt>{@link CareStatus#ELIGIBLE Eligible} (Children Act 1989 Sch 2 para 19B; CPPCR 2010 reg 40)</dt>
 *   <dd>Aged 16 or 17, in counting care on {@code d}, at least 91 days (13 weeks) counted, and the care
 *       continues past the 16th birthday. With the default {@link LocalPractice} ("at least 24 hours
 *       after" [L]) being looked after on the 16th birthday is not enough: the child must still be looked
 *       after the next day. A child whose care goes on past the birthday is eligible from the birthday
 *       itself, so the needs assessment is due 3 months after it (CPPCR reg 42(1)).</dd>
 *
 *   <dt>{@link CareStatus#RELEVANT Relevant} (s23A; Care Leavers (England) Regulations 2010 reg 3)</dt>
 *   <dd>Aged 16 or 17, not looked after on {@code d}, and either
 *       <ol type="a">
 *         <li>eligible on the last day they were looked after before {@code d} (eligible when care ended), or</li>
 *         <li>in custody or hospital on the 16th birthday, having been in counting care on the day before that
 *             custody or hospital period began, with at least 91 days counted up to that day ("13 weeks
 *             since 14, immediately before"). Care that goes on into
 *             the custody or hospital period also counts as "immediately before".</li>
 *       </ol>
 *       Either way not while living with a parent (or person with parental responsibility) in a period that
 *       has lasted 6 continuous calendar months by {@code d}, counted from the start of that period; relevant
 *       again once that period ends (the arrangement broke down).</dd>
 *
 *   <dt>{@link CareStatus#FORMER_RELEVANT Former relevant} (s23C(1))</dt>
 *   <dd>Aged 18 to 24 and either relevant on some day before the 18th birthday, or eligible (so looked
 *       after) on the day before it, i.e. looked after on turning 18 and eligible just before. The status
 *       ends at 25: the duties that follow it (to 21, beyond 21 while in education or training, a PA to 25)
 *       are for the processes, not for this class.</dd>
 *
 *   <dt>{@link CareStatus#QUALIFYING Qualifying} (s24)</dt>
 *   <dd>Aged 16 to 20, not looked after on {@code d}, none of the above, but looked after (on any basis,
 *       short breaks included) on some day on or after the 16th birthday. Special guardianship and
 *       private fostering also make someone qualifying, but the history holds no data for them yet, so
 *       they are not covered.</dd>
 * </dl>
 *
 * <p>Precedence: {@code ELIGIBLE}, {@code RELEVANT}, {@code FORMER_RELEVANT}, {@code QUALIFYING},
 * {@code LOOKED_AFTER}, else {@code NONE}. So a 16-year-old in care who is short of the 91 days is
 * {@code LOOKED_AFTER}.
 *
 * <p>Every rule looks only at what had happened by the day it is asked about; later records do not change
 * an earlier day's status.
 */
public final class CareStatusRules {

    /** 13 weeks. */
    private static final int DAYS_NEEDED_SINCE_FOURTEENTH = 91;

    private final LocalPractice practice;

    /** Rules with {@link LocalPractice#DEFAULT}. */
    public CareStatusRules() {
        this(LocalPractice.DEFAULT);
    }

    /** @throws IllegalArgumentException if {@code practice} is missing */
    public CareStatusRules(LocalPractice practice) {
        this.practice = Require.present(practice, "practice");
    }

    /**
     * The status on {@code today} and the key dates.
     *
     * @throws IllegalArgumentException if an argument is missing or {@code today} is before the date of birth
     */
    public StatusAssessment assess(CareHistory history, LocalDate today) {
        Require.present(history, "history");
        Require.present(today, "today");
        if (today.isBefore(history.dateOfBirth())) {
            throw new IllegalArgumentException("today " + today + " is before the date of birth " + history.dateOfBirth());
        }
        Timeline timeline = new Timeline(history);
        return new StatusAssessment(
                statusOn(timeline, today),
                KeyDates.of(history.dateOfBirth(), eligibleFrom(timeline), practice));
    }

    /**
     * The key dates that come from the date of birth alone, by this authority's practice.
     *
     * @throws IllegalArgumentException if {@code dateOfBirth} is missing
     */
    public AgeDates ageDates(LocalDate dateOfBirth) {
        return AgeDates.of(Require.present(dateOfBirth, "dateOfBirth"), practice);
    }

    /**
     * The first day the child is eligible, if the recorded care makes them eligible at all. An episode that
     * is still going is taken to go on, so this can be a day after today.
     *
     * @throws IllegalArgumentException if {@code history} is missing
     */
    public Optional<LocalDate> eligibleFrom(CareHistory history) {
        return eligibleFrom(new Timeline(history));
    }

    /**
     * Whether the child is in counting care on {@code day}: under 18 and in care other than short breaks, or
     * on a short break once the child's care since the 14th birthday is no longer only short breaks within
     * the reg 48 limits. (The {@link CareStatus#LOOKED_AFTER} status itself includes any short-break stay.)
     *
     * @throws IllegalArgumentException if an argument is missing
     */
    public boolean lookedAfterOn(CareHistory history, LocalDate day) {
        Require.present(day, "day");
        return new Timeline(history).inCountingCareOn(day);
    }

    /**
     * Days looked after from the 14th birthday up to and including {@code upToInclusive}, overlapping
     * episodes counted once and short breaks included (the short-breaks exclusion is a separate test).
     *
     * @throws IllegalArgumentException if an argument is missing
     */
    public long daysLookedAfterSince14(CareHistory history, LocalDate upToInclusive) {
        Require.present(upToInclusive, "upToInclusive");
        return new Timeline(history).daysLookedAfterSinceFourteenth(upToInclusive);
    }

    private CareStatus statusOn(Timeline timeline, LocalDate day) {
        if (eligibleOn(timeline, day)) {
            return CareStatus.ELIGIBLE;
        }
        if (relevantOn(timeline, day)) {
            return CareStatus.RELEVANT;
        }
        if (formerRelevantOn(timeline, day)) {
            return CareStatus.FORMER_RELEVANT;
        }
        if (qualifyingOn(timeline, day)) {
            return CareStatus.QUALIFYING;
        }
        return timeline.lookedAfterOn(day) ? CareStatus.LOOKED_AFTER : CareStatus.NONE;
    }

    private Optional<LocalDate> eligibleFrom(Timeline timeline) {
        return timeline.sixteenth.datesUntil(timeline.eighteenth).filter(day -> eligibleOn(timeline, day)).findFirst();
    }

    private boolean eligibleOn(Timeline timeline, LocalDate day) {
        return timeline.aged16or17On(day)
                && continuesPastSixteenthBirthday(timeline, day)
                && timeline.inCountingCareOn(day)
                && timeline.daysLookedAfterSinceFourteenth(day) >= DAYS_NEEDED_SINCE_FOURTEENTH;
    }

    /**
     * For a child looked after on {@code day} (16 or 17): does the care go on past the 16th birthday? After the birthday
     * it plainly does; on the birthday itself, with the "at least 24 hours" reading, only if the child is still looked
     * after the next day (an open episode is taken to go on). Eligibility then runs from the birthday itself.
     */
    private boolean continuesPastSixteenthBirthday(Timeline timeline, LocalDate day) {
        return day.isAfter(timeline.sixteenth)
                || !practice.careMustContinueIntoDayAfterSixteenthBirthday()
                || timeline.inCountingCareOn(timeline.sixteenth.plusDays(1));
    }

    private boolean relevantOn(Timeline timeline, LocalDate day) {
        return timeline.aged16or17On(day)
                && !timeline.lookedAfterOn(day)
                && !timeline.livingWithParentForSixMonthsOn(day)
                && (leftCareWhileEligible(timeline, day) || inCustodyOrHospitalOnSixteenthAfterCare(timeline));
    }

    private boolean leftCareWhileEligible(Timeline timeline, LocalDate day) {
        return timeline.lastDayLookedAfterBefore(day).filter(lastDay -> eligibleOn(timeline, lastDay)).isPresent();
    }

    private boolean inCustodyOrHospitalOnSixteenthAfterCare(Timeline timeline) {
        return timeline.custodyOrHospitalOn(timeline.sixteenth).stream()
                .map(period -> period.start().minusDays(1))
                .anyMatch(dayBefore -> timeline.inCountingCareOn(dayBefore)
                        && timeline.daysLookedAfterSinceFourteenth(dayBefore) >= DAYS_NEEDED_SINCE_FOURTEENTH);
    }

    private boolean formerRelevantOn(Timeline timeline, LocalDate day) {
        return !day.isBefore(timeline.eighteenth)
                && day.isBefore(timeline.twentyFifth)
                && (eligibleOn(timeline, timeline.eighteenth.minusDays(1)) || relevantBeforeEighteen(timeline));
    }

    private boolean relevantBeforeEighteen(Timeline timeline) {
        return timeline.sixteenth.datesUntil(timeline.eighteenth).anyMatch(day -> relevantOn(timeline, day));
    }

    private boolean qualifyingOn(Timeline timeline, LocalDate day) {
        return !day.isBefore(timeline.sixteenth)
                && day.isBefore(timeline.twentyFirst)
                && !timeline.lookedAfterOn(day)
                && timeline.lookedAfterBetween(timeline.sixteenth, day);
    }
}

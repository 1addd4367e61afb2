package app.waypoint.people.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A child born on 15 June 2008 (birthdays with no leap-day surprises) and a builder for their history. */
final class StatusFixtures {

    static final LocalDate BORN = LocalDate.of(2008, 6, 15);
    static final LocalDate FOURTEENTH = LocalDate.of(2022, 6, 15);
    static final LocalDate FIFTEENTH = LocalDate.of(2023, 6, 15);
    static final LocalDate SIXTEENTH = LocalDate.of(2024, 6, 15);
    static final LocalDate SEVENTEENTH = LocalDate.of(2025, 6, 15);
    static final LocalDate EIGHTEENTH = LocalDate.of(2026, 6, 15);
    static final LocalDate TWENTY_FIRST = LocalDate.of(2029, 6, 15);
    static final LocalDate TWENTY_FIFTH = LocalDate.of(2033, 6, 15);

    static final CareStatusRules RULES = new CareStatusRules();

    private StatusFixtures() {
    }

    static Child child() {
        return new Child(BORN);
    }

    static Child childBornOn(LocalDate dateOfBirth) {
        return new Child(dateOfBirth);
    }

    static CareStatus statusOn(CareHistory history, LocalDate day) {
        return RULES.assess(history, day).status();
    }

    /** Builds a {@link CareHistory}. Every {@code until} is exclusive: the day the child left or moved. */
    static final class Child {

        private final LocalDate dateOfBirth;
        private final List<CareEpisode> episodes = new ArrayList<>();
        private final List<DateRange> custodyOrHospital = new ArrayList<>();
        private final List<DateRange> homeWithParent = new ArrayList<>();

        private Child(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
        }

        /** Accommodated under s20 from {@code from}, leaving on {@code until}. */
        Child inCare(LocalDate from, LocalDate until) {
            return inCare(from, until, LegalBasis.SECTION_20);
        }

        Child inCare(LocalDate from, LocalDate until, LegalBasis basis) {
            episodes.add(new CareEpisode(new DateRange(from, until), basis));
            return this;
        }

        /** Accommodated under s20 from {@code from} and still there. */
        Child inCareFrom(LocalDate from) {
            return inCare(from, null);
        }

        Child onShortBreak(LocalDate from, int days) {
            return inCare(from, from.plusDays(days), LegalBasis.SHORT_BREAKS);
        }

        /** A short break of {@code stayDays} every {@code everyDays}, the first on {@code from}, the last starting before {@code until}. */
        Child onShortBreaksEvery(int everyDays, int stayDays, LocalDate from, LocalDate until) {
            for (LocalDate start = from; start.isBefore(until); start = start.plusDays(everyDays)) {
                onShortBreak(start, stayDays);
            }
            return this;
        }

        Child inCustodyOrHospital(LocalDate from, LocalDate until) {
            custodyOrHospital.add(new DateRange(from, until));
            return this;
        }

        /** Living with a parent from {@code from}; {@code until} may be null for "still there". */
        Child homeWithParent(LocalDate from, LocalDate until) {
            homeWithParent.add(new DateRange(from, until));
            return this;
        }

        CareHistory history() {
            return new CareHistory(dateOfBirth, episodes, custodyOrHospital, homeWithParent);
        }
    }
}

package app.waypoint.people.status;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything the status rules need to know about one child.
 *
 * @param dateOfBirth       the child's date of birth
 * @param episodes          periods of being looked after, in any order; they may overlap
 * @param custodyOrHospital periods in custody (detained after a conviction) or in hospital; may be empty
 * @param homeWithParent    periods living with a parent or someone with parental responsibility; may be empty
 */
public record CareHistory(
        LocalDate dateOfBirth,
        List<CareEpisode> episodes,
        List<DateRange> custodyOrHospital,
        List<DateRange> homeWithParent) {

    /** @throws IllegalArgumentException if anything is missing or a period starts before the date of birth */
    public CareHistory {
        Require.present(dateOfBirth, "dateOfBirth");
        episodes = Require.entries(episodes, "episodes");
        custodyOrHospital = Require.entries(custodyOrHospital, "custodyOrHospital");
        homeWithParent = Require.entries(homeWithParent, "homeWithParent");
        Stream.of(episodes.stream().map(CareEpisode::period), custodyOrHospital.stream(), homeWithParent.stream())
                .flatMap(periods -> periods)
                .filter(period -> period.start().isBefore(dateOfBirth))
                .findFirst()
                .ifPresent(period -> {
                    throw new IllegalArgumentException("period starting " + period.start() + " starts before the date of birth " + dateOfBirth);
                });
    }
}

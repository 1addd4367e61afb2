package app.waypoint.people.status;

/** One uninterrupted period of being looked after, on one legal basis. */
public record CareEpisode(DateRange period, LegalBasis basis) {

    /** @throws IllegalArgumentException if either part is missing */
    public CareEpisode {
        Require.present(period, "period");
        Require.present(basis, "basis");
    }
}

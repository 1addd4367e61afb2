package app.waypoint.people.status;

/** Why the council looks after the child during a {@link CareEpisode}. */
public enum LegalBasis {
    /** In care under a care order (Children Act 1989 s31). Interim care orders (s38) count as care orders. */
    CARE_ORDER,
    /** Accommodated by the council with the parents' agreement (Children Act 1989 s20). */
    SECTION_20,
    /** Remanded to local-authority or youth detention accommodation (LASPO 2012 s104), which makes the child looked after. */
    REMAND,
    /**
     * A planned short break (respite) stay, CPPCR 2010 reg 48. The child is looked after during the stay,
     * but a child whose care is only short breaks within the reg 48 limits is never eligible
     * (see {@link CareStatusRules}).
     */
    SHORT_BREAKS,
    /** Looked after on any other basis. */
    OTHER
}

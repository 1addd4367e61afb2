package app.waypoint.houseproject.domain.records;

import java.util.Set;

/** Where a young person is in the House Project; the last four are ends. */
public enum MembershipStatus {
    /** Referred: application, interview and offer. */
    REFERRED,
    /** In a cohort: weekly sessions and the programme, up to the readiness decision. */
    IN_COHORT,
    /** Ready to move: property, suitability, setting up home. */
    FINDING_HOME,
    /** Moved in: the adviser's visit and the tenancy sustainment checks. */
    MOVED_IN,
    NOT_OFFERED, LEFT, TENANCY_ENDED, SUSTAINED;

    /** [§2d step 4] the House Project Programme counts as education or training while the young person is on it. */
    public static final Set<MembershipStatus> ON_PROGRAMME = Set.of(IN_COHORT, FINDING_HOME);

    /** The statuses that hold a place in a cohort. */
    public static final Set<MembershipStatus> HOLDING_A_PLACE = Set.of(IN_COHORT, FINDING_HOME, MOVED_IN, SUSTAINED);
}

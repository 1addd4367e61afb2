package app.waypoint.disputes.domain.records;

/** Where a dispute stands (domain notes §3): informal resolution, then the four formal stages in order of seniority. */
public enum DisputeStage {
    INFORMAL, TEAM_MANAGER, SERVICE_MANAGER, HEAD_OF_SERVICE, DCS;

    /** The stage as people say it: "team manager", "DCS". */
    public String label() {
        return this == DCS ? "DCS" : name().toLowerCase().replace('_', ' ');
    }

    public boolean isLaterThan(DisputeStage other) {
        return ordinal() > other.ordinal();
    }

    public boolean isLast() {
        return this == DCS;
    }

    public DisputeStage next() {
        return values()[ordinal() + 1];
    }
}

package app.waypoint.youngpersonview.domain;

/** What a young person gives their views before. */
public enum BeforeWhat {
    REVIEW,
    VISIT
}

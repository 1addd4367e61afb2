package app.waypoint.youngpersonview.domain.voice;

/** What a young person gives their views before. */
public enum BeforeWhat {
    REVIEW,
    VISIT
}

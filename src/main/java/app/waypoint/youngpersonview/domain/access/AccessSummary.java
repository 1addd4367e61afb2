package app.waypoint.youngpersonview.domain.access;

import java.time.Instant;

/**
 * A young person's access to their own Waypoint as staff see it: the live invitation (null fields when none) and what the
 * caller may do about it.
 */
public record AccessSummary(boolean invited, String contact, String invitedBy, Instant invitedAt, boolean mayInvite, boolean mayRevoke) {
}

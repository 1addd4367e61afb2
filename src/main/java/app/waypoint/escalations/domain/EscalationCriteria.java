package app.waypoint.escalations.domain;

import app.waypoint.people.allocations.VisibleYoungPeople;
import java.util.UUID;

/**
 * Which escalations {@link EscalationRepository#matching} lists: those sent to {@code recipient} or about the young people
 * {@code about} (either or both; neither: every escalation), of one young person and one task when given, in one state.
 */
record EscalationCriteria(String recipient, VisibleYoungPeople about, UUID youngPersonId, String taskId, EscalationFilter.State state) {
}

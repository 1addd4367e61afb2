package app.waypoint.disputes.domain.resolution;

import app.waypoint.disputes.domain.records.DisputeStatus;
import app.waypoint.people.allocations.VisibleYoungPeople;
import java.util.UUID;

/**
 * Which disputes {@link DisputeRepository#matching} lists: when {@code reader} is given, those they raised, respond or responded
 * to, or that are about the young people {@code readerSees}; of one young person and in one status when given.
 */
record DisputeCriteria(String reader, VisibleYoungPeople readerSees, UUID youngPersonId, DisputeStatus status) {
}

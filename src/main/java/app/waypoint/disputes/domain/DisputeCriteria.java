package app.waypoint.disputes.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Which disputes {@link DisputeRepository#matching} lists: when {@code reader} is given, those they raised, respond or responded
 * to, or that are about the young people {@code readerSees}; of one young person and in one status when given.
 */
record DisputeCriteria(String reader, Set<UUID> readerSees, UUID youngPersonId, DisputeStatus status) {
}

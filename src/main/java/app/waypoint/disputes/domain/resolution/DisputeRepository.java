package app.waypoint.disputes.domain.resolution;

import app.waypoint.disputes.domain.records.DisputeStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class DisputeRepository implements PanacheRepositoryBase<Dispute, UUID> {

    /** The disputes matching the criteria, newest first. */
    PanacheQuery<Dispute> matching(DisputeCriteria criteria) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (criteria.reader() != null) {
            conditions.add("(d.raisedBy = :me or d.respondent = :me or d.youngPersonId in (" + criteria.readerSees().ids() + ")"
                    + " or d.id in (select e.disputeId from DisputeEvent e where e.by = :me))");
            parameters.and("me", criteria.reader());
            criteria.readerSees().parameters().forEach(parameters::and);
        }
        if (criteria.youngPersonId() != null) {
            conditions.add("d.youngPersonId = :youngPerson");
            parameters.and("youngPerson", criteria.youngPersonId());
        }
        if (criteria.status() != null) {
            conditions.add("d.status = :status");
            parameters.and("status", criteria.status());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return find("from Dispute d" + where, Sort.descending("raisedAt"), parameters);
    }

    /** Every dispute about the young person, newest first. */
    List<Dispute> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("raisedAt"), youngPersonId);
    }

    /** The open disputes about any of these young people, newest first. */
    List<Dispute> openAbout(Set<UUID> youngPeople) {
        return list("youngPersonId in ?1 and status = ?2", Sort.descending("raisedAt"), youngPeople, DisputeStatus.OPEN);
    }
}

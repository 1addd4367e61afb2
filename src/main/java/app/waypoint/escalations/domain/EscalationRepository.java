package app.waypoint.escalations.domain;

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
class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {

    /** The escalations matching the criteria, newest first. */
    PanacheQuery<Escalation> matching(EscalationCriteria criteria) {
        Parameters parameters = new Parameters();
        List<String> reach = new ArrayList<>();
        if (criteria.recipient() != null) {
            reach.add("r = :me");
            parameters.and("me", criteria.recipient());
        }
        if (criteria.about() != null) {
            reach.add("e.youngPersonId in (" + criteria.about().ids() + ")");
            criteria.about().parameters().forEach(parameters::and);
        }
        List<String> conditions = new ArrayList<>();
        if (!reach.isEmpty()) {
            conditions.add("(" + String.join(" or ", reach) + ")");
        }
        if (criteria.youngPersonId() != null) {
            conditions.add("e.youngPersonId = :youngPerson");
            parameters.and("youngPerson", criteria.youngPersonId());
        }
        if (criteria.taskId() != null) {
            conditions.add("e.taskId = :task");
            parameters.and("task", criteria.taskId());
        }
        switch (criteria.state()) {
            case OPEN -> conditions.add("e.resolvedAt is null and e.acknowledgedAt is null");
            case ACKNOWLEDGED -> conditions.add("e.resolvedAt is null and e.acknowledgedAt is not null");
            case RESOLVED -> conditions.add("e.resolvedAt is not null");
            case ANY -> { }
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return find("select distinct e from Escalation e left join e.recipients r" + where, Sort.descending("raisedAt"), parameters);
    }

    /** The escalations still unresolved (open or acknowledged) about any of these young people, newest first. */
    List<Escalation> unresolvedAbout(Set<UUID> youngPeople) {
        return list("youngPersonId in ?1 and resolvedAt is null", Sort.descending("raisedAt"), youngPeople);
    }

    /** Every escalation about the young person, newest first. */
    List<Escalation> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("raisedAt"), youngPersonId);
    }
}

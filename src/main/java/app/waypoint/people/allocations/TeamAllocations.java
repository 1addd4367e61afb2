package app.waypoint.people.allocations;

import app.waypoint.audit.AuditService;
import app.waypoint.people.staff.Caller;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * A team's young people with their current allocations, for the manager who allocates them: those who lack a social worker,
 * personal adviser or IRO, and the others, each by name and paged. One query per page, the total counted in it: the team's
 * young people in name order (index young_person_team_name, V36), each role from the one current allocation of its kind
 * (unique index allocation_one_current, V1). The young people listed are reported to the audit trail.
 */
@ApplicationScoped
public class TeamAllocations {

    private static final String FROM = """
            from waypoint.young_person yp
            left join waypoint.allocation sw on sw.young_person_id = yp.id and sw.kind = 'SOCIAL_WORKER' and sw.ended_on is null
            left join waypoint.allocation pa on pa.young_person_id = yp.id and pa.kind = 'PERSONAL_ADVISER' and pa.ended_on is null
            left join waypoint.allocation iro on iro.young_person_id = yp.id and iro.kind = 'IRO' and iro.ended_on is null
            """;
    private static final String WHERE = "where yp.team_id = :team and (sw.id is null or pa.id is null or iro.id is null) = :lacking ";
    private static final String ROWS = """
            select yp.id, yp.local_id, yp.given_name || ' ' || yp.family_name, sws.display_name, pas.display_name, iros.display_name,
                   count(*) over () as total
            """ + FROM + """
            left join waypoint.staff sws on sws.id = sw.staff_id
            left join waypoint.staff pas on pas.id = pa.staff_id
            left join waypoint.staff iros on iros.id = iro.staff_id
            """ + WHERE + "order by yp.family_name, yp.given_name, yp.id limit :limit offset :offset";
    /** Only for a page past the last, which has no row to carry the total. */
    private static final String COUNT = "select count(*) " + FROM + WHERE;

    private final EntityManager entities;
    private final AuditService audit;

    TeamAllocations(EntityManager entities, AuditService audit) {
        this.entities = entities;
        this.audit = audit;
    }

    /** The team's young people who lack someone in at least one of the three roles; 403 unless the caller allocates in the team. */
    @Transactional
    public Page<TeamAllocationRow> lackingSomeone(UUID teamId, Paging paging, Caller caller) {
        return page(teamId, true, paging, caller);
    }

    /** The team's young people with someone in each role; 403 unless the caller allocates in the team. */
    @Transactional
    public Page<TeamAllocationRow> fullyAllocated(UUID teamId, Paging paging, Caller caller) {
        return page(teamId, false, paging, caller);
    }

    private Page<TeamAllocationRow> page(UUID teamId, boolean lacking, Paging paging, Caller caller) {
        if (!AllocationService.mayAllocateInTeam(teamId, caller)) {
            throw new ForbiddenException("Only a manager of the team allocates its young people.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery(ROWS).setParameter("team", teamId).setParameter("lacking", lacking)
                .setParameter("limit", paging.size()).setParameter("offset", paging.offset()).getResultList();
        audit.reached(rows.stream().map(row -> (UUID) row[0]).toList());
        long total = rows.isEmpty() ? countPast(teamId, lacking, paging) : ((Number) rows.get(0)[6]).longValue();
        return new Page<>(rows.stream().map(row -> new TeamAllocationRow((UUID) row[0], (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], (String) row[5])).toList(), total, paging.page(), paging.size());
    }

    private long countPast(UUID teamId, boolean lacking, Paging paging) {
        if (paging.page() == 0) {
            return 0;
        }
        return ((Number) entities.createNativeQuery(COUNT).setParameter("team", teamId).setParameter("lacking", lacking)
                .getSingleResult()).longValue();
    }
}

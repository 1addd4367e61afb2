package app.waypoint.people.contacts;

import app.waypoint.people.contacts.LateRecordingReport.TeamFigures;
import app.waypoint.people.contacts.LateRecordingReport.WorkerFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The late-recording report's SQL: one query for the figures of every team and member of staff (grouping sets), one for the
 * contacts behind them. Contacts are those recorded in {@code [start, end)} by staff now in the given teams.
 */
@ApplicationScoped
class LateRecordingQueries {

    /** Teams and staff in one pass: the team rows are those where the staff columns are grouped away. */
    private static final String FIGURES = """
            select s.team_id, t.name as team, c.recorded_by, min(s.display_name) as name, grouping(c.recorded_by) as team_row,
                   count(*) as recorded, count(*) filter (where c.recorded_after_working_days > :threshold) as late,
                   percentile_cont(0.5) within group (order by c.recorded_after_working_days) as median,
                   max(c.recorded_after_working_days) as longest
            from waypoint.young_person_contact c
            join waypoint.staff s on s.username = c.recorded_by
            join waypoint.team t on t.id = s.team_id
            where s.team_id in (:teams) and c.recorded_at >= :start and c.recorded_at < :end
            group by grouping sets ((s.team_id, t.name, c.recorded_by), (s.team_id, t.name))
            order by t.name, team_row desc, name
            """;

    private static final String CONTACTS = """
            select c.id, c.young_person_id, yp.given_name || ' ' || yp.family_name as young_person, c.contact_on, c.kind,
                   c.recorded_by, c.recorded_at, c.recorded_after_working_days, c.late_reason
            from waypoint.young_person_contact c
            join waypoint.staff s on s.username = c.recorded_by
            join waypoint.young_person yp on yp.id = c.young_person_id
            where s.team_id in (:teams) and c.recorded_at >= :start and c.recorded_at < :end
              and (not :lateOnly or c.recorded_after_working_days > :threshold) %s
            order by c.recorded_after_working_days desc, c.recorded_at desc
            limit :limit
            """;

    record Figures(List<TeamFigures> teams, List<WorkerFigures> workers) {
    }

    private final EntityManager entityManager;

    LateRecordingQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Figures figures(Collection<UUID> teams, Instant start, Instant end, int threshold) {
        List<TeamFigures> teamRows = new ArrayList<>();
        List<WorkerFigures> workerRows = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(FIGURES).setParameter("teams", teams)
                .setParameter("start", moment(start)).setParameter("end", moment(end))
                .setParameter("threshold", threshold).getResultList();
        for (Object[] row : rows) {
            UUID teamId = (UUID) row[0];
            String team = (String) row[1];
            long recorded = ((Number) row[5]).longValue();
            long late = ((Number) row[6]).longValue();
            double median = ((Number) row[7]).doubleValue();
            int longest = ((Number) row[8]).intValue();
            if (((Number) row[4]).intValue() == 1) {
                teamRows.add(new TeamFigures(teamId, team, recorded, late, median, longest));
            } else {
                workerRows.add(new WorkerFigures((String) row[2], (String) row[3], teamId, team, recorded, late, median, longest));
            }
        }
        return new Figures(teamRows, workerRows);
    }

    List<LateContact> contacts(Collection<UUID> teams, Instant start, Instant end, String worker, boolean lateOnly, int threshold,
                               int limit) {
        @SuppressWarnings("unchecked")
        Query query = entityManager.createNativeQuery(CONTACTS.formatted(worker == null ? "" : "and c.recorded_by = :worker"))
                .setParameter("teams", teams).setParameter("start", moment(start)).setParameter("end", moment(end))
                .setParameter("lateOnly", lateOnly).setParameter("threshold", threshold).setParameter("limit", limit);
        if (worker != null) {
            query.setParameter("worker", worker);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            int after = ((Number) row[7]).intValue();
            return new LateContact((UUID) row[0], (UUID) row[1], (String) row[2], day(row[3]),
                    ContactKind.valueOf((String) row[4]), (String) row[5], instant(row[6]), after, after > threshold, (String) row[8]);
        }).toList();
    }

    private static OffsetDateTime moment(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : value instanceof OffsetDateTime offset
                ? offset.toInstant() : (Instant) value;
    }
}

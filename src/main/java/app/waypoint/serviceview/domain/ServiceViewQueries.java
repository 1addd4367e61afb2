package app.waypoint.serviceview.domain;

import app.waypoint.serviceview.domain.ServiceFigure.Subject;
import app.waypoint.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the figures' SQL ({@link ServiceFigure}) in the database, set-based: counts by group, a page of the rows behind a figure,
 * the daily snapshot of every team, and the trend read back from the snapshots. Nothing here loads all young people. Each
 * query runs in a transaction (the caller's, or its own): never on the request's own session, which would keep a connection
 * for the rest of the request while the services it calls take others.
 */
@ApplicationScoped
@Transactional
class ServiceViewQueries {

    /** One group of a figure: its rows, those counted, and the sum and number of the rows' days (rows without days left out). */
    record GroupCount(String group, long counted, long total, long daysSum, long daysRows) {

        Double averageDays() {
            return average(daysSum, daysRows);
        }
    }

    /** The average to one decimal place, or null of no rows. */
    static Double average(long sum, long rows) {
        return rows == 0 ? null : Math.round(sum * 10.0 / rows) / 10.0;
    }

    /** A row behind a figure, with the name of whom it is about. */
    record MemberRow(UUID subjectId, String name, String reference, String team, String group, boolean counted, Integer days) {
    }

    /** The figure summed over the caller's teams on one day of the snapshots. */
    record TrendRow(LocalDate day, long counted, long total) {
    }

    private final EntityManager entities;

    ServiceViewQueries(EntityManager entities) {
        this.entities = entities;
    }

    List<GroupCount> counts(ServiceFigure figure, FigureParameters parameters) {
        String text = "select f.grp, count(*) filter (where f.counted), count(*), coalesce(sum(f.days), 0), count(f.days) from (" + figure.sql() + ") f "
                + "group by f.grp order by f.grp nulls first";
        List<GroupCount> groups = new ArrayList<>();
        for (Object[] row : rows(parameters.bind(entities.createNativeQuery(text), text, Map.of()))) {
            groups.add(new GroupCount((String) row[0], number(row[1]), number(row[2]), number(row[3]), number(row[4])));
        }
        return groups;
    }

    /** The rows behind a figure (counted or not; of one group, or all when {@code group} is null), a page at a time by name. */
    List<MemberRow> members(ServiceFigure figure, FigureParameters parameters, boolean counted, String group, Paging paging) {
        String names = figure.subject() == Subject.YOUNG_PERSON
                ? "yp.given_name || ' ' || yp.family_name, yp.local_id, t.name, f.grp, f.counted, f.days from (" + figure.sql() + ") f "
                + "join waypoint.young_person yp on yp.id = f.subject_id join waypoint.team t on t.id = f.team_id "
                : "s.display_name, s.username, t.name, f.grp, f.counted, f.days from (" + figure.sql() + ") f "
                + "join waypoint.staff s on s.id = f.subject_id join waypoint.team t on t.id = f.team_id ";
        String order = figure.subject() == Subject.YOUNG_PERSON ? "yp.family_name, yp.given_name" : "s.display_name";
        String text = "select f.subject_id, " + names + where(group) + " order by " + order + ", f.subject_id, f.grp limit :limit offset :offset";
        Map<String, Object> others = filter(counted, group);
        others.put("limit", paging.size());
        others.put("offset", paging.offset());
        List<MemberRow> members = new ArrayList<>();
        for (Object[] row : rows(parameters.bind(entities.createNativeQuery(text), text, others))) {
            members.add(new MemberRow((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (Boolean) row[5], row[6] == null ? null : ((Number) row[6]).intValue()));
        }
        return members;
    }

    long countMembers(ServiceFigure figure, FigureParameters parameters, boolean counted, String group) {
        String text = "select count(*) from (" + figure.sql() + ") f " + where(group);
        return number(parameters.bind(entities.createNativeQuery(text), text, filter(counted, group)).getSingleResult());
    }

    /**
     * Claims the day's snapshot of those of these teams not yet taken for this replica: the teams claimed (another replica's or
     * request's claim is waited for, then left to it). Teams are claimed in one order, so two claims never wait on each other.
     */
    List<UUID> claim(LocalDate day, Collection<UUID> teams, Instant now) {
        if (teams.isEmpty()) {
            return List.of();
        }
        Query query = entities.createNativeQuery("insert into waypoint.service_view_snapshot_team (day, team_id, taken_at) "
                        + "select :day, t.id, :now from waypoint.team t where t.id in (:teams) order by t.id "
                        + "on conflict (day, team_id) do nothing returning team_id")
                .setParameter("day", day).setParameter("now", now).setParameter("teams", teams);
        return ((List<?>) query.getResultList()).stream().map(UUID.class::cast).toList();
    }

    /** When the day's snapshot of these teams was taken: the earliest of them, or empty when one of them has none. */
    Optional<Instant> takenAt(LocalDate day, Collection<UUID> teams) {
        Object[] row = (Object[]) entities.createNativeQuery("select count(*), min(s.taken_at) from waypoint.service_view_snapshot_team s "
                        + "where s.day = :day and s.team_id in (:teams)")
                .setParameter("day", day).setParameter("teams", teams).getSingleResult();
        return number(row[0]) < teams.size() ? Optional.empty() : Optional.of(instant(row[1]));
    }

    /** Counts the figure for the parameters' teams on the day, by group. */
    int snapshot(ServiceFigure figure, FigureParameters parameters) {
        String text = "insert into waypoint.service_view_snapshot (day, team_id, figure, grp, counted, total, days_sum, days_rows) "
                + "select :day, f.team_id, :figure, coalesce(f.grp, ''), count(*) filter (where f.counted), count(*), "
                + "coalesce(sum(f.days), 0), count(f.days) from (" + figure.sql() + ") f group by f.team_id, coalesce(f.grp, '')";
        return parameters.bind(entities.createNativeQuery(text), text, Map.of("day", parameters.today(), "figure", figure.name()))
                .executeUpdate();
    }

    /** Every figure by group on one day of the snapshots, summed over these teams (a figure without rows is left out). */
    Map<ServiceFigure, List<GroupCount>> snapshotCounts(LocalDate day, Collection<UUID> teams) {
        Query query = entities.createNativeQuery("select s.figure, s.grp, sum(s.counted), sum(s.total), sum(s.days_sum), sum(s.days_rows) "
                        + "from waypoint.service_view_snapshot s where s.day = :day and s.team_id in (:teams) "
                        + "group by s.figure, s.grp order by s.figure, s.grp")
                .setParameter("day", day).setParameter("teams", teams);
        Map<ServiceFigure, List<GroupCount>> counts = new EnumMap<>(ServiceFigure.class);
        for (Object[] row : rows(query)) {
            java.util.Arrays.stream(ServiceFigure.values()).filter(figure -> figure.name().equals(row[0])).findFirst().ifPresent(figure -> counts.computeIfAbsent(figure, key -> new ArrayList<>())
                    .add(new GroupCount(((String) row[1]).isEmpty() ? null : (String) row[1], number(row[2]), number(row[3]),
                            number(row[4]), number(row[5]))));
        }
        return counts;
    }

    List<TrendRow> trend(ServiceFigure figure, Collection<UUID> teams, LocalDate from, LocalDate to) {
        Query query = entities.createNativeQuery("select s.day, sum(s.counted), sum(s.total) from waypoint.service_view_snapshot s "
                        + "where s.figure = :figure and s.team_id in (:teams) and s.day between :from and :to group by s.day order by s.day")
                .setParameter("figure", figure.name()).setParameter("teams", teams).setParameter("from", from).setParameter("to", to);
        return rows(query).stream().map(row -> new TrendRow(day(row[0]), number(row[1]), number(row[2]))).toList();
    }

    /** The young people of these teams born after {@code bornAfter} and on or before {@code bornBy}, by local id. */
    List<UUID> agedBetween(Collection<UUID> teams, LocalDate bornAfter, LocalDate bornBy) {
        Query query = entities.createNativeQuery("select yp.id from waypoint.young_person yp where yp.team_id in (:teams) "
                        + "and yp.date_of_birth > :bornAfter and yp.date_of_birth <= :bornBy order by yp.local_id")
                .setParameter("teams", teams).setParameter("bornAfter", bornAfter).setParameter("bornBy", bornBy);
        return ((List<?>) query.getResultList()).stream().map(UUID.class::cast).toList();
    }

    /** The day each of these young people's latest pathway plan was signed off (those without one are left out). */
    Map<UUID, LocalDate> latestPlans(Collection<UUID> youngPeople) {
        Map<UUID, LocalDate> plans = new LinkedHashMap<>();
        if (youngPeople.isEmpty()) {
            return plans;
        }
        Query query = entities.createNativeQuery("select p.young_person_id, cast(max(p.signed_off_at) at time zone 'Europe/London' as date) "
                + "from waypoint.pathway_plan p where p.young_person_id in (:ids) and p.status = 'SIGNED_OFF' group by p.young_person_id")
                .setParameter("ids", youngPeople);
        rows(query).forEach(row -> plans.put((UUID) row[0], day(row[1])));
        return plans;
    }

    /**
     * The SSDA903 codes of these young people as history, oldest first: in touch and activity (coded_status) and accommodation (its
     * category then 1 suitable or 2 not), each from the day it took effect.
     */
    List<CodedDay> codeHistories(Collection<UUID> youngPeople) {
        if (youngPeople.isEmpty()) {
            return List.of();
        }
        Query query = entities.createNativeQuery("select c.young_person_id, c.kind, c.code, c.effective_on, c.recorded_at "
                + "from waypoint.coded_status c where c.young_person_id in (:ids) "
                + "union all select a.young_person_id, 'ACCOMMODATION', a.category || case when a.suitable then '1' else '2' end, "
                + "a.start_date, a.recorded_at from waypoint.accommodation a where a.young_person_id in (:ids) order by 4, 5")
                .setParameter("ids", youngPeople);
        return rows(query).stream().map(row -> new CodedDay((UUID) row[0], (String) row[1], (String) row[2], day(row[3]))).toList();
    }

    /**
     * Of these young people, those with a personal adviser allocated on some day from {@code from} to {@code to} (both included),
     * each with the first such day (the day it began, or {@code from} if it began before).
     */
    Map<UUID, LocalDate> personalAdviserBetween(Collection<UUID> youngPeople, LocalDate from, LocalDate to) {
        Map<UUID, LocalDate> firstDays = new LinkedHashMap<>();
        if (youngPeople.isEmpty()) {
            return firstDays;
        }
        Query query = entities.createNativeQuery("select a.young_person_id, min(greatest(a.started_on, :from)) from waypoint.allocation a "
                        + "where a.young_person_id in (:ids) and a.kind = 'PERSONAL_ADVISER' and a.started_on <= :to "
                        + "and (a.ended_on is null or a.ended_on >= :from) group by a.young_person_id")
                .setParameter("ids", youngPeople).setParameter("from", from).setParameter("to", to);
        rows(query).forEach(row -> firstDays.put((UUID) row[0], day(row[1])));
        return firstDays;
    }

    /** The care episodes of these young people (the days they were looked after; end empty while still looked after). */
    List<CareEpisode> careEpisodes(Collection<UUID> youngPeople) {
        if (youngPeople.isEmpty()) {
            return List.of();
        }
        Query query = entities.createNativeQuery("select e.young_person_id, e.start_date, e.end_date from waypoint.care_episode e "
                + "where e.young_person_id in (:ids)").setParameter("ids", youngPeople);
        return rows(query).stream().map(row -> new CareEpisode((UUID) row[0], day(row[1]), row[2] == null ? null : day(row[2]))).toList();
    }

    /** A care episode of a young person: the day it began and the day it ended (null while open). */
    record CareEpisode(UUID youngPerson, LocalDate start, LocalDate end) {
    }

    /** An SSDA903 code of a young person (kind ACTIVITY, IN_TOUCH or ACCOMMODATION) from a day. */
    record CodedDay(UUID youngPerson, String kind, String code, LocalDate from) {

        /** The code of this kind in force on the day: the last of the history (oldest first) to take effect on or before it; "" if none. */
        static String on(List<CodedDay> history, String kind, LocalDate day) {
            String code = "";
            for (CodedDay coded : history) {
                if (coded.kind().equals(kind) && !coded.from().isAfter(day)) {
                    code = coded.code();
                }
            }
            return code;
        }
    }

    private static String where(String group) {
        return "where f.counted = :counted" + (group == null ? "" : " and coalesce(f.grp, '') = :group");
    }

    private static Map<String, Object> filter(boolean counted, String group) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("counted", counted);
        if (group != null) {
            values.put("group", group);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime time ? time.toInstant() : value instanceof java.sql.Timestamp stamp ? stamp.toInstant()
                : (Instant) value;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}

package app.waypoint.people.caseload;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.caseload.CaseloadFilter.SortBy;
import app.waypoint.people.status.CareStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The caseload list in SQL: one query for a page of rows (each row's current allocations, accommodation, activity, in touch,
 * last contact, plan and review come from joins, never from a lookup per row) and one for the total, which joins only what its
 * filters need. The caller's visibility is part of the query: a manager's teams, a worker's or IRO's current allocations.
 * Indexes: V36, V75 (the last contact made, the open lost-touch record).
 */
@ApplicationScoped
class CaseloadQuery {

    /** Whom the caller may see: everyone (administrators), the young people of these teams, or those allocated to this member of staff. */
    record Scope(boolean all, Collection<UUID> teams, UUID allocatedTo, List<AllocationKind> kinds) {

        static Scope everyone() {
            return new Scope(true, List.of(), null, List.of());
        }

        static Scope teams(Collection<UUID> teams) {
            return new Scope(false, teams, null, List.of());
        }

        static Scope allocatedTo(UUID staffId, List<AllocationKind> kinds) {
            return new Scope(false, List.of(), staffId, kinds);
        }
    }

    /**
     * The values a query needs beyond the filter: today, the first day a contact made counts as in touch (people/contacts
     * InTouchRule), the months between reviews, the NEET codes, and the young people to list (null: all those in scope).
     */
    record Settings(LocalDate today, LocalDate inTouchFrom, int monthsBetweenReviews, Set<String> neetCodes, Collection<UUID> only) {
    }

    private static final Map<String, String> JOINS = new LinkedHashMap<>();

    static {
        JOINS.put("team", "join waypoint.team t on t.id = yp.team_id");
        JOINS.put("sw", "left join waypoint.allocation sw on sw.young_person_id = yp.id and sw.kind = 'SOCIAL_WORKER' and sw.ended_on is null "
                + "left join waypoint.staff sws on sws.id = sw.staff_id");
        JOINS.put("pa", "left join waypoint.allocation pa on pa.young_person_id = yp.id and pa.kind = 'PERSONAL_ADVISER' and pa.ended_on is null "
                + "left join waypoint.staff pas on pas.id = pa.staff_id");
        JOINS.put("acc", "left join lateral (select a.category, a.suitable, a.start_date from waypoint.accommodation a where a.young_person_id = yp.id "
                + "and a.start_date <= :today order by a.start_date desc, a.recorded_at desc limit 1) acc on true");
        JOINS.put("act", "left join lateral (select c.code, c.effective_on from waypoint.coded_status c where c.young_person_id = yp.id "
                + "and c.kind = 'ACTIVITY' and c.effective_on <= :today order by c.effective_on desc, c.recorded_at desc limit 1) act on true");
        JOINS.put("it", "left join lateral (select c.code, c.effective_on from waypoint.coded_status c where c.young_person_id = yp.id "
                + "and c.kind = 'IN_TOUCH' and c.effective_on <= :today order by c.effective_on desc, c.recorded_at desc limit 1) it on true");
        JOINS.put("lc", "left join lateral (select max(c.contact_on) as last_contact from waypoint.young_person_contact c "
                + "where c.young_person_id = yp.id and c.outcome = 'MADE' and c.contact_on <= :today) lc on true");
        JOINS.put("lt", "left join waypoint.lost_touch lt on lt.young_person_id = yp.id and lt.ended_on is null");
        JOINS.put("pl", "left join lateral (select max(p.signed_off_at) as signed_off_at from waypoint.pathway_plan p "
                + "where p.young_person_id = yp.id and p.status = 'SIGNED_OFF') pl on true");
        JOINS.put("rv", "left join lateral (select (select r.due_on from waypoint.pathway_review r where r.young_person_id = yp.id and r.closed_at is null) as open_due, "
                + "(select max(r.held_on) from waypoint.pathway_review r where r.young_person_id = yp.id and r.held_on is not null) as last_held) rv on true");
        JOINS.put("cf", "left join lateral (select bool_or(latest.flag = 'STAYING_PUT') as staying_put, bool_or(latest.flag = 'HOUSE_PROJECT') as house_project "
                + "from (select distinct on (f.flag) f.flag, f.flag_set from waypoint.cohort_flag f where f.young_person_id = yp.id "
                + "and f.flag in ('STAYING_PUT', 'HOUSE_PROJECT') and f.effective_on <= :today "
                + "order by f.flag, f.effective_on desc, f.recorded_at desc) latest where latest.flag_set) cf on true");
    }

    /** Derived in touch: a contact made in the window (InTouchRule: attempts do not count) after the recorded decision (or with none recorded) puts the young person in touch. */
    private static final String CONTACT_SAYS_IN_TOUCH = "(lc.last_contact >= :inTouchFrom and (it.code is null "
            + "or (lc.last_contact > it.effective_on and it.code <> 'DIED')))";
    private static final String IN_TOUCH_CODE = "(case when " + CONTACT_SAYS_IN_TOUCH + " then 'YES' else it.code end)";
    private static final String LAST_SIGN_OFF = "cast(pl.signed_off_at at time zone 'Europe/London' as date)";
    private static final String REVIEW_DUE = "coalesce(rv.open_due, case when pl.signed_off_at is null then null else "
            + "cast(greatest(" + LAST_SIGN_OFF + ", rv.last_held) + :reviewMonths * interval '1 month' as date) end)";
    private static final String PLAN_OUT_OF_DATE = "(yp.care_status in ('ELIGIBLE', 'RELEVANT', 'FORMER_RELEVANT') "
            + "and (pl.signed_off_at is null or " + LAST_SIGN_OFF + " < :planCutoff))";

    private static final String COLUMNS = "yp.id, yp.local_id, yp.given_name, yp.family_name, yp.date_of_birth, yp.care_status, "
            + "yp.team_id, t.name, sws.id, sws.display_name, pas.id, pas.display_name, acc.category, acc.suitable, acc.start_date, "
            + "act.code, act.effective_on, " + IN_TOUCH_CODE + ", case when " + CONTACT_SAYS_IN_TOUCH + " then lc.last_contact else it.effective_on end, "
            + "coalesce(" + CONTACT_SAYS_IN_TOUCH + ", false), lc.last_contact, " + REVIEW_DUE + ", coalesce(" + PLAN_OUT_OF_DATE + ", false), "
            + "yp.uasc, yp.parent, yp.in_custody, yp.disabled, coalesce(cf.staying_put, false), coalesce(cf.house_project, false), "
            + "lt.flagged_on, lt.decided_on";

    private final EntityManager entities;

    CaseloadQuery(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The rows of the page asked for, in the order asked for; columns as {@link #COLUMNS}. The page's ids are found first, with
     * only the joins the filter and the order need, so the other joins are made for the rows of the page alone.
     */
    List<Object[]> page(Scope scope, CaseloadFilter filter, Settings settings) {
        Sql sql = where(scope, filter, settings);
        switch (filter.sortBy()) {
            case LASTCONTACT -> sql.need("lc");
            case REVIEWDUE -> sql.need("pl", "rv");
            default -> { }
        }
        String order = order(filter.sortBy(), filter.descending());
        Sql all = new Sql().need(JOINS.keySet().toArray(String[]::new));
        String text = "select " + COLUMNS + " from (select yp.id from waypoint.young_person yp " + sql.joinClauses() + sql.whereClause()
                + " order by " + order + " limit :limit offset :offset) page join waypoint.young_person yp on yp.id = page.id "
                + all.joinClauses() + "order by " + order;
        Query query = sql.bind(entities.createNativeQuery(text), text, settings);
        query.setParameter("limit", filter.paging().size());
        query.setParameter("offset", filter.paging().offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** How many young people the filter finds, of those the caller may see. */
    long count(Scope scope, CaseloadFilter filter, Settings settings) {
        Sql sql = where(scope, filter, settings);
        String text = "select count(*) from waypoint.young_person yp " + sql.joinClauses() + sql.whereClause();
        Query query = sql.bind(entities.createNativeQuery(text), text, settings);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Ids of the young people in scope whose stored status does not hold today (unknown, not yet valid, or past its last day). */
    List<UUID> staleStatuses(Scope scope, LocalDate today) {
        Sql sql = new Sql();
        visibility(scope, sql);
        sql.where.add("(yp.care_status is null or yp.status_until <= :today or yp.status_on > :today)");
        sql.parameters.put("today", today);
        Query query = entities.createNativeQuery("select yp.id from waypoint.young_person yp " + sql.whereClause() + " order by yp.id");
        sql.parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    private Sql where(Scope scope, CaseloadFilter filter, Settings settings) {
        Sql sql = new Sql();
        visibility(scope, sql);
        if (settings.only() != null) {
            sql.where.add(settings.only().isEmpty() ? "false" : "yp.id in (:only)");
            if (!settings.only().isEmpty()) {
                sql.parameters.put("only", settings.only());
            }
        }
        Set<CareStatus> statuses = filter.statuses();
        if (!statuses.isEmpty()) {
            sql.where.add("yp.care_status in (:statuses)");
            sql.parameters.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (filter.teamId() != null) {
            sql.where.add("yp.team_id = :teamId");
            sql.parameters.put("teamId", filter.teamId());
        }
        if (filter.workerId() != null) {
            sql.where.add("exists (select 1 from waypoint.allocation w where w.young_person_id = yp.id and w.staff_id = :workerId "
                    + "and w.kind in ('SOCIAL_WORKER', 'PERSONAL_ADVISER') and w.ended_on is null)");
            sql.parameters.put("workerId", filter.workerId());
        }
        if (filter.inTouch() != null) {
            sql.need("it", "lc").where.add(IN_TOUCH_CODE + " = :inTouch");
            sql.parameters.put("inTouch", filter.inTouch());
        }
        if (filter.suitable() != null) {
            sql.need("acc").where.add("acc.suitable = :suitable");
            sql.parameters.put("suitable", filter.suitable());
        }
        if (filter.activity() != null) {
            sql.need("act").where.add("act.code = :activity");
            sql.parameters.put("activity", filter.activity());
        }
        if (filter.neet() != null) {
            sql.need("act").where.add("coalesce(act.code in (:neetCodes), false) = :neet");
            sql.parameters.put("neetCodes", List.copyOf(settings.neetCodes()));
            sql.parameters.put("neet", filter.neet());
        }
        Integer contactDays = filter.contactDays();
        if (contactDays != null) {
            sql.need("lc").where.add("(lc.last_contact is null or lc.last_contact <= :contactCutoff)");
            sql.parameters.put("contactCutoff", settings.today().minusDays(contactDays));
        }
        if (filter.planOutOfDate() != null) {
            sql.need("pl").where.add("coalesce(" + PLAN_OUT_OF_DATE + ", false) = :planOutOfDate");
            sql.parameters.put("planOutOfDate", filter.planOutOfDate());
        }
        flag(sql, "yp.uasc", "uasc", filter.uasc());
        flag(sql, "yp.parent", "parent", filter.parent());
        flag(sql, "yp.in_custody", "inCustody", filter.inCustody());
        flag(sql, "yp.disabled", "disabled", filter.disabled());
        if (filter.stayingPut() != null) {
            sql.need("cf").where.add("coalesce(cf.staying_put, false) = :stayingPut");
            sql.parameters.put("stayingPut", filter.stayingPut());
        }
        String search = filter.search();
        if (search != null) {
            sql.where.add("(lower(yp.family_name) like :search escape '\\' or lower(yp.given_name) like :search escape '\\' "
                    + "or lower(yp.given_name || ' ' || yp.family_name) like :search escape '\\' or lower(yp.local_id) like :search escape '\\')");
            sql.parameters.put("search", search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql;
    }

    private static void visibility(Scope scope, Sql sql) {
        if (scope.all()) {
            return;
        }
        if (scope.allocatedTo() != null) {
            sql.where.add("yp.id in (select v.young_person_id from waypoint.allocation v where v.staff_id = :viewer and v.kind in (:viewerKinds) "
                    + "and v.ended_on is null)");
            sql.parameters.put("viewer", scope.allocatedTo());
            sql.parameters.put("viewerKinds", scope.kinds().stream().map(Enum::name).toList());
        } else if (scope.teams().isEmpty()) {
            sql.where.add("false");
        } else {
            sql.where.add("yp.team_id in (:viewerTeams)");
            sql.parameters.put("viewerTeams", scope.teams());
        }
    }

    private static void flag(Sql sql, String column, String parameter, Boolean value) {
        if (value != null) {
            sql.where.add(column + " = :" + parameter);
            sql.parameters.put(parameter, value);
        }
    }

    private static String order(SortBy sortBy, boolean descending) {
        String direction = descending ? " desc" : " asc";
        String name = "yp.family_name" + direction + ", yp.given_name" + direction + ", yp.id" + direction;
        return switch (sortBy) {
            case NAME -> name;
            case AGE -> "yp.date_of_birth" + (descending ? " asc" : " desc") + ", " + name;
            case STATUS -> "yp.care_status" + direction + ", " + name;
            case LOCALID -> "yp.local_id" + direction;
            case LASTCONTACT -> "lc.last_contact" + direction + (descending ? " nulls last" : " nulls first") + ", " + name;
            case REVIEWDUE -> REVIEW_DUE + direction + (descending ? " nulls first" : " nulls last") + ", " + name;
        };
    }

    /** A query being built: the joins it needs (by name, in {@link #JOINS}), its conditions and their parameters. */
    private static final class Sql {

        final Set<String> joins = new LinkedHashSet<>();
        final List<String> where = new ArrayList<>();
        final Map<String, Object> parameters = new LinkedHashMap<>();

        Sql need(String... names) {
            joins.addAll(List.of(names));
            return this;
        }

        String joinClauses() {
            StringBuilder clauses = new StringBuilder();
            JOINS.forEach((name, clause) -> {
                if (joins.contains(name)) {
                    clauses.append(clause).append(' ');
                }
            });
            return clauses.toString();
        }

        String whereClause() {
            return where.isEmpty() ? "" : "where " + String.join(" and ", where);
        }

        /** Binds the filter's parameters and those of the settings that the query's text uses. */
        Query bind(Query query, String text, Settings settings) {
            parameters.forEach(query::setParameter);
            Map<String, Object> common = Map.of("today", settings.today(),
                    "inTouchFrom", settings.inTouchFrom(),
                    "reviewMonths", settings.monthsBetweenReviews(),
                    "planCutoff", settings.today().minusMonths(settings.monthsBetweenReviews()));
            common.forEach((name, value) -> {
                if (text.matches("(?s).*:" + name + "\\b.*")) {
                    query.setParameter(name, value);
                }
            });
            return query;
        }
    }
}

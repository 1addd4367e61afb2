package app.waypoint.serviceview.domain;

import java.util.Locale;

/**
 * The service view's figures, each defined once: its rule in words (shown on the page, in the API and in the README) and the
 * SQL that applies it. Every figure's SQL returns the rows the rule is about, one per thing counted, with the columns
 * {@code team_id, subject_id, grp, counted, days}: the team, the young person or member of staff behind the row, the group it
 * falls in (null for none), whether the rule counts it, and a number of days where the figure has one. The figure is the
 * counted rows of all its rows ("12 of 40"); the page, the API, the drill-down and the daily snapshot all run this SQL.
 * Parameters are bound by {@link FigureParameters}; {@code :teams} is the caller's teams.
 */
public enum ServiceFigure {

    /** Eligible or relevant young people aged 16 or 17: counted when no pathway plan is signed off, or the last was signed off more than 6 months ago. */
    PLANS_16_17(Subject.YOUNG_PERSON, "16–17-year-olds without an in-date pathway plan",
            "Of the eligible and relevant young people aged 16 or 17 today, those with no signed-off pathway plan, or whose last "
                    + "plan was signed off more than 6 months ago (no review since).",
            "Without an in-date plan", null, """
            select yp.team_id, yp.id as subject_id, cast(null as varchar) as grp,
                   (pl.signed_off_at is null or cast(pl.signed_off_at at time zone 'Europe/London' as date) < :planCutoff) as counted,
                   cast(null as integer) as days
            from waypoint.young_person yp
            left join lateral (select max(p.signed_off_at) as signed_off_at from waypoint.pathway_plan p
                               where p.young_person_id = yp.id and p.status = 'SIGNED_OFF') pl on true
            where yp.team_id in (:teams) and yp.care_status in ('ELIGIBLE', 'RELEVANT')
              and yp.date_of_birth <= :turned16 and yp.date_of_birth > :turned18
            """),

    /** Pathway reviews held in the last 12 months: counted when held on or before the day they were due. */
    REVIEWS_ON_TIME(Subject.YOUNG_PERSON, "Reviews held on time, last 12 months",
            "Of the pathway reviews held in the last 12 months, those held on or before the day they were due.",
            "Held on time", "average days late (late reviews)", """
            select yp.team_id, yp.id as subject_id, cast(null as varchar) as grp, r.held_on <= r.due_on as counted,
                   case when r.held_on > r.due_on then r.held_on - r.due_on end as days
            from waypoint.pathway_review r
            join waypoint.young_person yp on yp.id = r.young_person_id
            where yp.team_id in (:teams) and r.held_on > :yearAgo and r.held_on <= :today
            """),

    /**
     * Significant changes in the last 12 months that called for a review: counted when the review was held within 28 working
     * days of the change (weekends and England and Wales bank holidays not counted); a review not yet held is left out until
     * its 28 working days have passed.
     */
    CHANGE_REVIEWS_IN_28_WORKING_DAYS(Subject.YOUNG_PERSON, "Reviews after a significant change held within 28 working days",
            "Of the significant changes in the last 12 months that called for a review, those whose review was held within 28 "
                    + "working days of the change; a review not yet held counts against the figure once its 28 working days have passed.",
            "Held within 28 working days", "average working days from change to review", """
            select yp.team_id, yp.id as subject_id, cast(null as varchar) as grp,
                   coalesce(r.held_on is not null and %1$s <= 28, false) as counted,
                   case when r.held_on is not null then cast(%1$s as integer) end as days
            from waypoint.pathway_review_trigger tr
            join waypoint.significant_change sc on sc.id = tr.significant_change_id
            join waypoint.pathway_review r on r.id = tr.review_id
            join waypoint.young_person yp on yp.id = sc.young_person_id
            where yp.team_id in (:teams) and tr.kind = 'SIGNIFICANT_CHANGE' and sc.occurred_on > :yearAgo and sc.occurred_on <= :today
              and (r.held_on is not null or %2$s > 28)
            """.formatted(workingDays("sc.occurred_on", "r.held_on"), workingDays("sc.occurred_on", ":today"))),

    /** Open steps (tasks) with a due date in the processes about young people: counted when past due, grouped by process and step. */
    OVERDUE_STEPS(Subject.YOUNG_PERSON, "Overdue statutory steps, by process and step",
            "Of the open steps with a due date in the processes about young people, those past their due date, by process and step.",
            "Overdue", "average days overdue (overdue steps)", """
            select yp.team_id, yp.id as subject_id, coalesce(d.name_, d.key_) || ': ' || coalesce(t.name_, t.task_def_key_) as grp,
                   t.due_date_ < :now as counted,
                   case when t.due_date_ < :now then :today - cast(t.due_date_ as date) end as days
            from waypoint.young_person yp
            join act_ru_execution e on e.business_key_ = cast(yp.id as varchar) and e.id_ = e.proc_inst_id_
            join act_ru_task t on t.proc_inst_id_ = e.id_
            join act_re_procdef d on d.id_ = t.proc_def_id_
            where yp.team_id in (:teams) and t.due_date_ is not null
            """),

    /** Escalation chains raised in the last 12 months, at the rung each has reached: counted while still open. */
    ESCALATIONS_OPEN(Subject.YOUNG_PERSON, "Escalations open, by rung",
            "Of the escalations of late work raised in the last 12 months (or still open), those still open, by the rung each has "
                    + "reached (team manager, service manager, head of service).",
            "Open", "average days open (open escalations)", """
            select yp.team_id, yp.id as subject_id, top.stage as grp, top.resolved_at is null as counted,
                   case when top.resolved_at is null then :today - cast(top.raised_at at time zone 'Europe/London' as date) end as days
            from (select distinct on (e.chain_id) e.chain_id, e.young_person_id, e.stage, e.raised_at, e.resolved_at
                  from waypoint.escalation e
                  join waypoint.young_person p on p.id = e.young_person_id
                  where p.team_id in (:teams) and (e.resolved_at is null or e.raised_at > :yearAgoInstant)
                  order by e.chain_id, e.raised_at desc) top
            join waypoint.young_person yp on yp.id = top.young_person_id
            """),

    /** IRO disputes raised in the last 12 months or still open, by stage: counted while open; days are raised to closed. */
    DISPUTES(Subject.YOUNG_PERSON, "IRO disputes, by stage, with time to resolution",
            "Of the IRO disputes raised in the last 12 months (or still open), those still open, by the stage each is at or "
                    + "closed at; the days are from raising a dispute to closing it, for those closed.",
            "Open", "average days to resolution (closed disputes)", """
            select yp.team_id, yp.id as subject_id, d.stage as grp, d.status = 'OPEN' as counted,
                   case when d.closed_at is not null then cast(d.closed_at at time zone 'Europe/London' as date)
                        - cast(d.raised_at at time zone 'Europe/London' as date) end as days
            from waypoint.dispute d
            join waypoint.young_person yp on yp.id = d.young_person_id
            where yp.team_id in (:teams) and (d.status = 'OPEN' or d.raised_at > :yearAgoInstant)
            """),

    /**
     * Relevant and former relevant young people: counted when they have no recent contact made (people/contacts InTouchRule: the
     * last more than 8 weeks, 56 days by default, ago, or none).
     */
    DAYS_SINCE_CONTACT(Subject.YOUNG_PERSON, "Days since last contact",
            "Of the relevant and former relevant young people, those with no contact made in the last 8 weeks (the last more than 56 "
                    + "days ago, or none), grouped by how long ago the last contact was.",
            "No contact in 8 weeks", "average days since last contact", """
            select yp.team_id, yp.id as subject_id,
                   case when lc.last_contact is null then 'NONE'
                        when cast(:today as date) - lc.last_contact <= 28 then 'UP_TO_28'
                        when cast(:today as date) - lc.last_contact <= 56 then 'UP_TO_56'
                        when cast(:today as date) - lc.last_contact <= 92 then 'UP_TO_92'
                        else 'OVER_92' end as grp,
                   (lc.last_contact is null or lc.last_contact < :contactCutoff) as counted,
                   :today - lc.last_contact as days
            from waypoint.young_person yp
            left join lateral (select max(c.contact_on) as last_contact from waypoint.young_person_contact c
                               where c.young_person_id = yp.id and c.outcome = 'MADE' and c.contact_on <= :today) lc on true
            where yp.team_id in (:teams) and yp.care_status in ('RELEVANT', 'FORMER_RELEVANT')
            """),

    /**
     * Relevant and former relevant young people: counted when not in touch. In touch is the latest in-touch decision recorded,
     * unless a recent contact made (people/contacts InTouchRule: 8 weeks by default) came after it (or none was recorded), which
     * puts them in touch.
     */
    NOT_IN_TOUCH(Subject.YOUNG_PERSON, "Young people not in touch",
            "Of the relevant and former relevant young people, those not in touch: the latest in-touch status recorded is not "
                    + "\"in touch\", and no contact has been made since it was recorded in the keeping-in-touch window (8 weeks).",
            "Not in touch", null, """
            select yp.team_id, yp.id as subject_id, coalesce(touch.code, 'NONE') as grp, coalesce(touch.code, 'NONE') <> 'YES' as counted,
                   cast(null as integer) as days
            from waypoint.young_person yp
            left join lateral (select c.code, c.effective_on from waypoint.coded_status c where c.young_person_id = yp.id
                               and c.kind = 'IN_TOUCH' and c.effective_on <= :today
                               order by c.effective_on desc, c.recorded_at desc limit 1) it on true
            left join lateral (select max(c.contact_on) as last_contact from waypoint.young_person_contact c
                               where c.young_person_id = yp.id and c.outcome = 'MADE' and c.contact_on <= :today) lc on true
            cross join lateral (select case when lc.last_contact >= :inTouchFrom
                                             and (it.code is null or (lc.last_contact > it.effective_on and it.code <> 'DIED'))
                                        then 'YES' else it.code end as code) touch
            where yp.team_id in (:teams) and yp.care_status in ('RELEVANT', 'FORMER_RELEVANT')
            """),

    /** Relevant and former relevant young people by their latest activity (SSDA903 code): counted when in education, employment or training. */
    ACTIVITY(Subject.YOUNG_PERSON, "Activity: in education, employment or training (EET)",
            "Of the relevant and former relevant young people, those whose latest activity is education, employment or training "
                    + "(full or part time), by activity; not recorded and \"no information\" count as not EET.",
            "In EET", null, """
            select yp.team_id, yp.id as subject_id, coalesce(act.code, 'NONE') as grp, coalesce(act.code in (:eetCodes), false) as counted,
                   cast(null as integer) as days
            from waypoint.young_person yp
            left join lateral (select c.code from waypoint.coded_status c where c.young_person_id = yp.id
                               and c.kind = 'ACTIVITY' and c.effective_on <= :today
                               order by c.effective_on desc, c.recorded_at desc limit 1) act on true
            where yp.team_id in (:teams) and yp.care_status in ('RELEVANT', 'FORMER_RELEVANT')
            """),

    /** Relevant and former relevant young people by the type of their current accommodation: counted when it is judged suitable. */
    ACCOMMODATION(Subject.YOUNG_PERSON, "Accommodation: in suitable accommodation, by type",
            "Of the relevant and former relevant young people, those whose current accommodation is judged suitable, by type of "
                    + "accommodation; none recorded counts as not suitable.",
            "Suitable", null, """
            select yp.team_id, yp.id as subject_id, coalesce(acc.category, 'NONE') as grp, coalesce(acc.suitable, false) as counted,
                   cast(null as integer) as days
            from waypoint.young_person yp
            left join lateral (select a.category, a.suitable from waypoint.accommodation a where a.young_person_id = yp.id
                               and a.start_date <= :today order by a.start_date desc, a.recorded_at desc limit 1) acc on true
            where yp.team_id in (:teams) and yp.care_status in ('RELEVANT', 'FORMER_RELEVANT')
            """),

    /** Former relevant young people aged 18 to 20: counted when staying put with their former foster carers. */
    STAYING_PUT(Subject.YOUNG_PERSON, "Staying put (18–20)",
            "Of the former relevant young people aged 18 to 20, those staying put with their former foster carers.",
            "Staying put", null, """
            select yp.team_id, yp.id as subject_id, cast(null as varchar) as grp, coalesce(sp.flag_set, false) as counted,
                   cast(null as integer) as days
            from waypoint.young_person yp
            left join lateral (select f.flag_set from waypoint.cohort_flag f where f.young_person_id = yp.id and f.flag = 'STAYING_PUT'
                               and f.effective_on <= :today order by f.effective_on desc, f.recorded_at desc limit 1) sp on true
            where yp.team_id in (:teams) and yp.care_status = 'FORMER_RELEVANT'
              and yp.date_of_birth <= :turned18 and yp.date_of_birth > :turned21
            """),

    /** Supervision sessions held in the last 12 months: counted when held on or before the day booked. */
    SUPERVISION_ON_TIME(Subject.STAFF, "Supervision held on time, last 12 months",
            "Of the supervision sessions held in the last 12 months, those held on or before the day they were booked for.",
            "Held on time", "average days late (late sessions)", """
            select s.team_id, s.id as subject_id, cast(null as varchar) as grp, ss.held_on <= ss.scheduled_for as counted,
                   case when ss.held_on > ss.scheduled_for then ss.held_on - ss.scheduled_for end as days
            from waypoint.supervision_session ss
            join waypoint.staff s on s.id = ss.worker_id
            where s.team_id in (:teams) and ss.held_on > :yearAgo and ss.held_on <= :today
            """),

    /** Actions agreed in workers' supervision that fell due in the last 12 months: counted when closed. */
    SUPERVISION_ACTIONS_DONE(Subject.STAFF, "Supervision actions completed, last 12 months",
            "Of the actions agreed in workers' supervision that fell due in the last 12 months, those completed (closed).",
            "Completed", null, """
            select s.team_id, s.id as subject_id, cast(null as varchar) as grp, sa.status = 'CLOSED' as counted,
                   cast(null as integer) as days
            from waypoint.supervision_action sa
            join waypoint.staff s on s.id = sa.worker_id
            where s.team_id in (:teams) and sa.due_on > :yearAgo and sa.due_on <= :today
            """),

    /** Open actions of each young person's latest signed-off pathway plan: counted when past their due date. */
    PLAN_ACTIONS_OVERDUE(Subject.YOUNG_PERSON, "Pathway plan actions overdue",
            "Of the open actions of each young person's latest signed-off pathway plan, those past their due date.",
            "Overdue", "average days overdue (overdue actions)", """
            select yp.team_id, yp.id as subject_id, cast(null as varchar) as grp, pa.due_on < :today as counted,
                   case when pa.due_on < :today then :today - pa.due_on end as days
            from waypoint.pathway_plan_action pa
            join waypoint.pathway_plan p on p.id = pa.plan_id and p.status = 'SIGNED_OFF'
            join waypoint.young_person yp on yp.id = p.young_person_id
            where pa.status = 'OPEN' and yp.team_id in (:teams)
              and not exists (select 1 from waypoint.pathway_plan later where later.young_person_id = p.young_person_id
                              and later.status = 'SIGNED_OFF' and later.signed_off_at > p.signed_off_at)
            """),

    /** Relevant and former relevant young people: counted when unaccompanied asylum-seeking (UASC). */
    COHORT_UASC(Subject.YOUNG_PERSON, "Cohort: unaccompanied asylum-seeking (UASC)",
            "Of the relevant and former relevant young people, those who are or were unaccompanied asylum-seeking children.",
            "UASC", null, cohort("yp.uasc")),

    /** Relevant and former relevant young people: counted when a young parent. */
    COHORT_YOUNG_PARENTS(Subject.YOUNG_PERSON, "Cohort: young parents",
            "Of the relevant and former relevant young people, those who are parents.", "Young parents", null, cohort("yp.parent")),

    /** Relevant and former relevant young people: counted when in custody. */
    COHORT_CUSTODY(Subject.YOUNG_PERSON, "Cohort: in custody",
            "Of the relevant and former relevant young people, those in custody.", "In custody", null, cohort("yp.in_custody")),

    /** Relevant and former relevant young people: counted when disabled. */
    COHORT_DISABLED(Subject.YOUNG_PERSON, "Cohort: disabled",
            "Of the relevant and former relevant young people, those who are disabled.", "Disabled", null, cohort("yp.disabled"));

    /** Whom a figure's rows are about: a young person, or a member of staff (supervision). */
    public enum Subject {
        YOUNG_PERSON, STAFF
    }

    private final Subject subject;
    private final String title;
    private final String rule;
    private final String countedWords;
    private final String daysWords;
    private final String sql;

    ServiceFigure(Subject subject, String title, String rule, String countedWords, String daysWords, String sql) {
        this.subject = subject;
        this.title = title;
        this.rule = rule;
        this.countedWords = countedWords;
        this.daysWords = daysWords;
        this.sql = sql;
    }

    public Subject subject() {
        return subject;
    }

    public String title() {
        return title;
    }

    /** The rule in words, as the page, the API and the README give it. */
    public String rule() {
        return rule;
    }

    /** What a counted row is, in words ("Held on time"). */
    public String countedWords() {
        return countedWords;
    }

    /** What the average of the rows' days means, or null when the figure has no days. */
    public String daysWords() {
        return daysWords;
    }

    /** The figure's rows (see the class comment). */
    String sql() {
        return sql;
    }

    /** The figure's name in URLs and JSON: {@code plans-16-17}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<ServiceFigure> byKey(String key) {
        for (ServiceFigure figure : values()) {
            if (figure.key().equals(key)) {
                return java.util.Optional.of(figure);
            }
        }
        return java.util.Optional.empty();
    }

    /** Working days {@code d} with {@code from < d <= to} (as calendar's WorkingCalendar counts them), in SQL. */
    private static String workingDays(String from, String to) {
        return "(select count(*) from generate_series(" + from + " + 1, " + to + ", interval '1 day') wd(d) "
                + "where extract(isodow from wd.d) < 6 and cast(wd.d as date) not in (:holidays))";
    }

    private static String cohort(String column) {
        return """
                select yp.team_id, yp.id as subject_id, cast(null as varchar) as grp, %s as counted, cast(null as integer) as days
                from waypoint.young_person yp
                where yp.team_id in (:teams) and yp.care_status in ('RELEVANT', 'FORMER_RELEVANT')
                """.formatted(column);
    }
}

package app.waypoint.tasks.domain.visibility;

import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The tasks a caller may see, as SQL on the engine's task table: a worker their own and those offered to their team; a manager
 * their own and every task about the young people and staff of the teams they manage (their own team, or the teams a service
 * manager, head of service or director is above; e.g. a worker's supervision); an IRO their own and every task about the young
 * people they are IRO for; an admin all (the rules of {@link VisibilityService}).
 * <p>
 * A manager's and an IRO's tasks are found by joining our own tables (a young person's team, a member of staff's team, a
 * current allocation) to the process instances' business keys and the tasks, all indexed: never a list of every young person
 * of a team, whose generic plan PostgreSQL cannot keep right (README "Performance"). The teams a manager manages are a few
 * scalar parameters (one for a team manager).
 */
@ApplicationScoped
public class VisibleTasks {

    private static final String OWN = "select ID_ from ACT_RU_TASK where ASSIGNEE_ = #{caller}";
    private static final String OFFERED_TO_TEAM =
            "select TASK_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and GROUP_ID_ = #{callerGroup}";
    private static final String ABOUT_TEAMS_YOUNG_PEOPLE = "select T.ID_ from waypoint.young_person YP"
            + " join ACT_RU_EXECUTION E on E.BUSINESS_KEY_ = cast(YP.ID as varchar)"
            + " join ACT_RU_TASK T on T.PROC_INST_ID_ = E.ID_ where YP.TEAM_ID in (%s)";
    private static final String ABOUT_TEAMS_STAFF = "select T.ID_ from waypoint.staff S"
            + " join ACT_RU_EXECUTION E on E.BUSINESS_KEY_ = 'staff:' || cast(S.ID as varchar)"
            + " join ACT_RU_TASK T on T.PROC_INST_ID_ = E.ID_ where S.TEAM_ID in (%s)";
    private static final String ABOUT_IRO_CASELOAD = "select T.ID_ from waypoint.allocation A"
            + " join ACT_RU_EXECUTION E on E.BUSINESS_KEY_ = cast(A.YOUNG_PERSON_ID as varchar)"
            + " join ACT_RU_TASK T on T.PROC_INST_ID_ = E.ID_"
            + " where A.STAFF_ID = cast(#{callerStaffId} as uuid) and A.KIND = 'IRO' and A.ENDED_ON is null";

    private final VisibilityService visibility;
    private final StaffService staff;

    VisibleTasks(VisibilityService visibility, StaffService staff) {
        this.visibility = visibility;
        this.staff = staff;
    }

    /** The open tasks the caller may see, to narrow further. */
    public TaskSql query(Caller caller) {
        TaskSql query = new TaskSql();
        return switch (caller.role()) {
            case ADMIN -> query;
            case WORKER -> query.with("caller", caller.username())
                    .with("callerGroup", TeamCandidateGroups.of(caller.role().roleName(), String.valueOf(caller.teamId())))
                    .and("RES.ID_ in (" + OWN + " union all " + OFFERED_TO_TEAM + ")")
                    .and("(RES.ASSIGNEE_ = #{caller} or RES.ASSIGNEE_ is null)");
            case MANAGER -> managerQuery(query.with("caller", caller.username()), visibility.managedTeams(caller));
            case IRO -> query.with("caller", caller.username()).with("callerStaffId", caller.staffId().toString())
                    .and("RES.ID_ in (" + OWN + " union all " + ABOUT_IRO_CASELOAD + ")");
        };
    }

    /**
     * A manager's: their own tasks, and those about the young people and staff of the teams they manage, each team a parameter
     * of its own ({@code team0}, {@code team1}, ...), so that PostgreSQL's generic plan estimates each as one team's young
     * people and keeps the indexed joins. (Joining the team table with its "own team, or named above" condition instead made
     * the generic plan estimate every team and read every process execution: 774 ms at national scale.)
     */
    private static TaskSql managerQuery(TaskSql query, Set<UUID> teams) {
        if (teams.isEmpty()) {
            return query.and("RES.ID_ in (" + OWN + ")");
        }
        List<String> names = new ArrayList<>();
        for (UUID team : new TreeSet<>(teams)) {
            String name = "team" + names.size();
            query.with(name, team.toString());
            names.add("cast(#{" + name + "} as uuid)");
        }
        String inTeams = String.join(", ", names);
        return query.and("RES.ID_ in (" + OWN + " union all " + ABOUT_TEAMS_YOUNG_PEOPLE.formatted(inTeams)
                + " union all " + ABOUT_TEAMS_STAFF.formatted(inTeams) + ")");
    }

    /** Whether the caller may see tasks of a process with this business key (whoever the task is assigned to). */
    public boolean canSeeProcessOf(String businessKey, Caller caller) {
        Optional<UUID> youngPerson = BusinessKeys.youngPerson(businessKey);
        if (youngPerson.isPresent()) {
            return visibility.canSee(youngPerson.get(), caller);
        }
        return BusinessKeys.staff(businessKey)
                .map(staffId -> caller.is(StaffRole.ADMIN) || staffId.equals(caller.staffId()) || teamStaff(caller).anyMatch(staffId::equals))
                .orElse(false);
    }

    /** The staff of the teams a manager manages (their own, or those they are above); nobody for other roles. */
    private Stream<UUID> teamStaff(Caller caller) {
        Set<UUID> teams = visibility.managedTeams(caller);
        return teams.stream().flatMap(team -> staff.teamMembers(team).stream()).map(StaffResponse::id);
    }
}

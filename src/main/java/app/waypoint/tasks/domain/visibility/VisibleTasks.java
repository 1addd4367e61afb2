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

/**
 * The tasks a caller may see, as SQL on the tasklist's copy of the open tasks ({@code waypoint.open_task} as {@code RES}, kept
 * by the database beside the engine's tasks with whom each is about and their team: V103, V104): a worker their own and those
 * offered to their team; a manager their own and every task about the young people and staff of the teams they manage (their
 * own team, or the teams a service manager, head of service or director is above; e.g. a worker's supervision); an IRO their
 * own and every task about the young people they are IRO for; an admin all (the rules of {@link VisibilityService}).
 * <p>
 * A manager's are their own or their teams', two ranges of two indexes of that one table; an IRO's their current allocations
 * joined to it; never a list of every young person of a team, whose generic plan PostgreSQL cannot keep right, nor a probe of
 * the engine's task table for each of a team's tasks (README "Performance"). The teams a manager manages are a few scalar
 * parameters (one for a team manager).
 */
@ApplicationScoped
public class VisibleTasks {

    private static final String OWN = "select ID_ from waypoint.open_task where ASSIGNEE_ = #{caller}";
    private static final String OFFERED_TO_TEAM =
            "select TASK_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and GROUP_ID_ = #{callerGroup}";
    private static final String ABOUT_IRO_CASELOAD = "select S.ID_ from waypoint.allocation A"
            + " join waypoint.open_task S on S.YOUNG_PERSON_ID = A.YOUNG_PERSON_ID"
            + " where A.STAFF_ID = cast(#{callerStaffId} as uuid) and A.KIND = 'IRO' and A.ENDED_ON is null";

    private final VisibilityService visibility;
    private final StaffService staff;

    VisibleTasks(VisibilityService visibility, StaffService staff) {
        this.visibility = visibility;
        this.staff = staff;
    }

    /**
     * The caller's own open tasks: everyone may see the tasks assigned to them, so no other condition applies (and none of the
     * joins that find the tasks of their teams or caseload, which their own tasks do not need).
     */
    public TaskSql own(Caller caller) {
        return new TaskSql().and("RES.ASSIGNEE_ = #{caller}").with("caller", caller.username());
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
     * of its own ({@code team0}, {@code team1}, ...), so that PostgreSQL's generic plan estimates each as one team's tasks and
     * keeps to the index. (Joining the team table with its "own team, or named above" condition instead made
     * the generic plan estimate every team and read every process execution: 774 ms at national scale.) Both are columns of
     * the one table, so PostgreSQL reads them as one bitmap of its assignee and team indexes.
     */
    private static TaskSql managerQuery(TaskSql query, Set<UUID> teams) {
        if (teams.isEmpty()) {
            return query.and("RES.ASSIGNEE_ = #{caller}");
        }
        List<String> names = new ArrayList<>();
        for (UUID team : new TreeSet<>(teams)) {
            String name = "team" + names.size();
            query.with(name, team.toString());
            names.add("cast(#{" + name + "} as uuid)");
        }
        return query.and("(RES.ASSIGNEE_ = #{caller} or RES.TEAM_ID in (" + String.join(", ", names) + "))");
    }

    /** Whether the caller may see tasks of a process with this business key (whoever the task is assigned to). */
    public boolean canSeeProcessOf(String businessKey, Caller caller) {
        Optional<UUID> youngPerson = BusinessKeys.youngPerson(businessKey);
        if (youngPerson.isPresent()) {
            return visibility.canSee(youngPerson.get(), caller);
        }
        return BusinessKeys.staff(businessKey)
                .map(staffId -> caller.is(StaffRole.ADMIN) || staffId.equals(caller.staffId()) || inManagedTeam(staffId, caller))
                .orElse(false);
    }

    /** Whether a member of staff is in one of the teams the caller manages (their own, or those they are above). */
    private boolean inManagedTeam(UUID staffId, Caller caller) {
        Set<UUID> teams = visibility.managedTeams(caller);
        return !teams.isEmpty() && staff.byId(staffId).map(StaffResponse::teamId).filter(teams::contains).isPresent();
    }
}

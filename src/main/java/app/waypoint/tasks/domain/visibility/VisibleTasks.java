package app.waypoint.tasks.domain.visibility;

import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The tasks a caller may see, as SQL on the engine's task table: a worker their own and those offered to their team; a manager
 * their own and every task about the young people and staff of the teams they manage (their own team, or the teams a service
 * manager, head of service or director is above; e.g. a worker's supervision); an IRO their own and every task about the young
 * people they are IRO for; an admin all (the rules of {@link VisibilityService}).
 * <p>
 * A manager's and an IRO's tasks are found by joining our own tables (the teams they manage, a young person's team, a member
 * of staff's team, a current allocation) to the process instances' business keys and the tasks, all indexed: never a list of
 * every young person of a team, nor of team ids, whose generic plan PostgreSQL cannot keep right (README "Performance").
 */
@ApplicationScoped
public class VisibleTasks {

    private static final String OWN = "select ID_ from ACT_RU_TASK where ASSIGNEE_ = #{caller}";
    private static final String OFFERED_TO_TEAM =
            "select TASK_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and GROUP_ID_ = #{callerGroup}";
    /** The teams a manager manages, as {@code TeamRepository.managedBy} says: their own, and those they are named above. */
    private static final String MANAGED_TEAMS = " where TM.ID = cast(#{callerTeamId} as uuid)"
            + " or TM.SERVICE_MANAGER_ID = cast(#{callerStaffId} as uuid) or TM.HEAD_OF_SERVICE_ID = cast(#{callerStaffId} as uuid)"
            + " or TM.DIRECTOR_ID = cast(#{callerStaffId} as uuid)";
    private static final String ABOUT_TEAMS_YOUNG_PEOPLE = "select T.ID_ from waypoint.team TM"
            + " join waypoint.young_person YP on YP.TEAM_ID = TM.ID"
            + " join ACT_RU_EXECUTION E on E.BUSINESS_KEY_ = cast(YP.ID as varchar)"
            + " join ACT_RU_TASK T on T.PROC_INST_ID_ = E.ID_" + MANAGED_TEAMS;
    private static final String ABOUT_TEAMS_STAFF = "select T.ID_ from waypoint.team TM"
            + " join waypoint.staff S on S.TEAM_ID = TM.ID"
            + " join ACT_RU_EXECUTION E on E.BUSINESS_KEY_ = 'staff:' || cast(S.ID as varchar)"
            + " join ACT_RU_TASK T on T.PROC_INST_ID_ = E.ID_" + MANAGED_TEAMS;
    private static final String ABOUT_IRO_CASELOAD = "select T.ID_ from waypoint.allocation A"
            + " join ACT_RU_EXECUTION E on E.BUSINESS_KEY_ = cast(A.YOUNG_PERSON_ID as varchar)"
            + " join ACT_RU_TASK T on T.PROC_INST_ID_ = E.ID_"
            + " where A.STAFF_ID = cast(#{callerStaffId} as uuid) and A.KIND = 'IRO' and A.ENDED_ON is null";

    /** A manager above teams has no team of their own; no team has this id. */
    private static final UUID NO_TEAM = new UUID(0, 0);

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
            case MANAGER -> query.with("caller", caller.username()).with("callerStaffId", caller.staffId().toString())
                    .with("callerTeamId", String.valueOf(caller.teamId() == null ? NO_TEAM : caller.teamId()))
                    .and("RES.ID_ in (" + OWN + " union all " + ABOUT_TEAMS_YOUNG_PEOPLE + " union all " + ABOUT_TEAMS_STAFF + ")");
            case IRO -> query.with("caller", caller.username()).with("callerStaffId", caller.staffId().toString())
                    .and("RES.ID_ in (" + OWN + " union all " + ABOUT_IRO_CASELOAD + ")");
        };
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

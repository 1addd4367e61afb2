package app.waypoint.supervision.domain.sessions;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * Who supervises whom, and who may see a worker's supervision: the worker themself, their supervisor, a manager of their
 * team, an administrator. Anyone else gets 404, as if the worker did not exist.
 */
@ApplicationScoped
class SupervisionAccess {

    private final StaffService staff;
    private final SupervisionProfileRepository profiles;

    SupervisionAccess(StaffService staff, SupervisionProfileRepository profiles) {
        this.staff = staff;
        this.profiles = profiles;
    }

    /** The worker, if the caller may see their supervision; otherwise 404. */
    StaffResponse worker(UUID workerId, Caller caller) {
        return staff.byId(workerId)
                .filter(worker -> caller.is(StaffRole.ADMIN) || worker.id().equals(caller.staffId()) || managesTeamOf(caller, worker)
                        || supervisorOf(worker).map(StaffResponse::id).filter(caller.staffId()::equals).isPresent())
                .orElseThrow(() -> new NotFoundException("staff", workerId.toString()));
    }

    /** The supervisor set for the worker, else the first manager of their team (by username) who is not the worker. */
    Optional<StaffResponse> supervisorOf(StaffResponse worker) {
        Optional<StaffResponse> set = profiles.findByIdOptional(worker.id()).flatMap(profile -> staff.byId(profile.supervisorId));
        if (set.isPresent() || worker.teamId() == null) {
            return set;
        }
        return staff.teamMembers(worker.teamId()).stream()
                .filter(member -> member.role() == StaffRole.MANAGER && !member.id().equals(worker.id()))
                .min(Comparator.comparing(StaffResponse::username));
    }

    static boolean managesTeamOf(Caller caller, StaffResponse worker) {
        return caller.is(StaffRole.MANAGER) && caller.teamId() != null && caller.teamId().equals(worker.teamId());
    }
}

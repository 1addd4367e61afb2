package app.waypoint.web.shell;

import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Names for the ids and usernames in service answers, looked up once per request. Only for records the services have already
 * shown to the caller: naming who a visible escalation or dispute is about, or who acted on it.
 */
@RequestScoped
public class PageNames {

    private final StaffService staff;
    private final YoungPersonService youngPeople;
    private final Map<String, String> staffNames = new HashMap<>();
    private final Map<UUID, String> youngPersonNames = new HashMap<>();

    PageNames(StaffService staff, YoungPersonService youngPeople) {
        this.staff = staff;
        this.youngPeople = youngPeople;
    }

    /** The member of staff's name, or the username when there is no such member of staff (a system user). */
    public String staff(String username) {
        if (username == null) {
            return null;
        }
        return staffNames.computeIfAbsent(username, known -> staff.byUsername(known).map(StaffResponse::displayName).orElse(known));
    }

    public String youngPerson(UUID id) {
        return youngPersonNames.computeIfAbsent(id, known -> youngPeople.facts(known).name());
    }
}

package app.waypoint.web.oversight;

import app.waypoint.audit.AuditEntryResponse;
import app.waypoint.audit.AuditService;
import app.waypoint.audit.NotAudited;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonName;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.web.shell.PageTimes;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit trail for administrators: choose a young person (from the list or by local id) to see who read or changed their
 * record, or a member of staff to see whose records they reached. Reading the audit is not itself audited (see
 * {@link NotAudited}); others get the "Page not found" page.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@NotAudited
class AuditPage {

    static final int PAGE_SIZE = 50;

    private final AuditService audit;
    private final YoungPersonService youngPeople;
    private final StaffService staff;
    private final SignedIn signedIn;

    AuditPage(AuditService audit, YoungPersonService youngPeople, StaffService staff, SignedIn signedIn) {
        this.audit = audit;
        this.youngPeople = youngPeople;
        this.staff = staff;
        this.signedIn = signedIn;
    }

    /** The page: the choices, what was chosen, and its entries ({@code subject} null until something is chosen). */
    record View(List<YoungPersonName> youngPeople, List<StaffResponse> staff, String chosenYoungPerson, String chosenStaff,
                String localId, String from, String to, String subject, String problem, List<Row> entries, long total, int page,
                String query) {

        public boolean newer() {
            return page > 0;
        }

        public boolean older() {
            return (long) (page + 1) * PAGE_SIZE < total;
        }

        public int newerPage() {
            return page - 1;
        }

        public int olderPage() {
            return page + 1;
        }
    }

    /** An entry in words: when, who, whose record, read or changed, which part, where (page or API), why. */
    record Row(String when, String who, String username, String youngPerson, String localId, String action, String part, String where,
               String why) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(View view);
    }

    @GET
    public TemplateInstance show(@QueryParam("youngPerson") String youngPerson, @QueryParam("localId") String localId,
                                 @QueryParam("staff") String staffId, @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        Caller caller = admin();
        List<YoungPersonName> directory = youngPeople.directory();
        List<StaffResponse> members = staff.staff(caller);
        Map<UUID, YoungPersonName> names = directory.stream().collect(Collectors.toMap(YoungPersonName::id, Function.identity()));
        Map<UUID, StaffResponse> staffById = members.stream().collect(Collectors.toMap(StaffResponse::id, Function.identity()));
        int shown = Math.max(page, 0);
        Optional<LocalDate> fromDay = day(from);
        Optional<LocalDate> toDay = day(to);
        String problem = null;
        String subject = null;
        Page<AuditEntryResponse> entries = null;
        Optional<YoungPersonName> person = blank(localId) ? id(youngPerson).map(names::get) : youngPeople.byLocalId(localId.strip());
        Optional<StaffResponse> member = id(staffId).map(staffById::get);
        if (!blank(localId) && person.isEmpty()) {
            problem = "No young person has the local id " + localId.strip() + ".";
        } else if ((!blank(from) && fromDay.isEmpty()) || (!blank(to) && toDay.isEmpty())) {
            problem = "Dates are written as year-month-day, for example 2026-03-31.";
        } else if (fromDay.isPresent() && toDay.isPresent() && fromDay.get().isAfter(toDay.get())) {
            problem = "The first day comes after the last.";
        } else if (person.isPresent()) {
            subject = "Who read or changed the record of " + person.get().name() + " (" + person.get().localId() + ")";
            entries = audit.aboutYoungPerson(person.get().id(), fromDay.orElse(null), toDay.orElse(null), new Paging(shown, PAGE_SIZE));
        } else if (member.isPresent()) {
            subject = "Whose records " + member.get().displayName() + " read or changed";
            entries = audit.byStaff(member.get().id(), fromDay.orElse(null), toDay.orElse(null), new Paging(shown, PAGE_SIZE));
        }
        List<Row> rows = entries == null ? List.of() : entries.items().stream().map(entry -> row(entry, names, staffById)).toList();
        String query = person.map(p -> "youngPerson=" + p.id()).or(() -> member.map(m -> "staff=" + m.id())).orElse("")
                + fromDay.map(day -> "&from=" + day).orElse("") + toDay.map(day -> "&to=" + day).orElse("");
        return Templates.audit(new View(directory, members, person.map(p -> p.id().toString()).orElse(null),
                member.map(m -> m.id().toString()).orElse(null), localId, fromDay.map(LocalDate::toString).orElse(from),
                toDay.map(LocalDate::toString).orElse(to), subject, problem, rows, entries == null ? 0 : entries.total(), shown, query));
    }

    private Caller admin() {
        Caller caller = signedIn.caller();
        if (!caller.is(StaffRole.ADMIN)) {
            throw new NotFoundException("page", "audit");
        }
        return caller;
    }

    private static Row row(AuditEntryResponse entry, Map<UUID, YoungPersonName> names, Map<UUID, StaffResponse> staff) {
        YoungPersonName person = names.get(entry.youngPersonId());
        StaffResponse member = staff.get(entry.staffId());
        return new Row(PageTimes.when(entry.at()), member == null ? entry.username() : member.displayName(), entry.username(),
                person == null ? "A young person no longer recorded" : person.name(), person == null ? null : person.localId(),
                switch (entry.action()) {
                    case READ -> "Read";
                    case CHANGE -> "Changed";
                },
                capitalised(entry.recordKind()), where(entry), entry.reason());
    }

    private static String where(AuditEntryResponse entry) {
        return switch (entry.channel()) {
            case PAGE -> "Page " + entry.route();
            case API -> "API " + entry.method() + " " + entry.route();
        };
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Optional<UUID> id(String value) {
        try {
            return blank(value) ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return blank(value) ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

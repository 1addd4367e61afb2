package app.waypoint.serviceview.domain;

import app.waypoint.calendar.CollectionYear;
import app.waypoint.people.caseload.CaseloadEntry;
import app.waypoint.people.caseload.CaseloadFilter;
import app.waypoint.people.caseload.CaseloadService;
import app.waypoint.people.record.returns.ReturnCodes;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.youngpeople.CareStatusService;
import app.waypoint.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Care leavers aged 22 to 25 in a collection year (1 April to 31 March, named by the year it ends), as the DfE publishes them
 * from the SSDA903 return ("Children looked after in England including adoptions": care leavers now aged 22 to 25, in
 * contact with the responsible authority, and the accommodation of those who requested and received support). The rules,
 * each in one place here:
 * <ul>
 *   <li><b>Who:</b> the young people of the caller's teams whose 22nd, 23rd, 24th or 25th birthday falls in the year and who
 *       were former relevant (s23C), a status held from 18 to 25, so on some day from the eve of the year to its end. Those
 *       recorded as died (in touch {@code DIED} on or before that birthday) are left out, as the DfE's figures leave them out.</li>
 *   <li><b>Requested and received support:</b> a personal adviser allocated on some day of the year. After 21 a personal
 *       adviser is there only because the young person asked for one (s23CZB); everyone else is not in touch.</li>
 *   <li><b>Activity and accommodation:</b> the SSDA903 codes in force when they asked, as the DfE asks them "as at that
 *       contact": the day the personal adviser's allocation began, or the year's first day if it began before the year. Of
 *       those who requested and received support only, as the DfE asks them of no one else.</li>
 * </ul>
 * The DfE's published tables give these categories and ages; no published field layout for this part of the return was found,
 * so the CSV names its columns in words. The young people come from the caseload, which audits them as reads. For managers
 * and administrators, as the OC3 table ({@link Ssda903CareLeavers}).
 */
@ApplicationScoped
public class CareLeavers22To25 {

    static final int FIRST_AGE = 22;
    static final int LAST_AGE = 25;
    private static final int BATCH = Paging.MAX_SIZE;
    private static final String NOT_RECORDED = "Not recorded";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> HEADER = List.of("Local id", "Date of birth", "Age on their birthday in the year",
            "Requested and received support", "Support asked for (as at)", "Activity (SSDA903 code)", "Accommodation (SSDA903 code)");

    private final CaseloadService caseloads;
    private final ServiceViewQueries queries;
    private final ServiceViewService service;
    private final CareStatusService statuses;
    private final Ssda903CareLeavers ssda903;
    private final ReturnCodes accommodationCodes = ReturnCodes.read("returns/ssda903-accommodation.csv");
    private final ReturnCodes activityCodes = ReturnCodes.read("returns/ssda903-activity.csv");

    CareLeavers22To25(CaseloadService caseloads, ServiceViewQueries queries, ServiceViewService service, CareStatusService statuses,
                      Ssda903CareLeavers ssda903) {
        this.caseloads = caseloads;
        this.queries = queries;
        this.service = service;
        this.statuses = statuses;
        this.ssda903 = ssda903;
    }

    /** The figures of the collection year ending on 31 March of {@code year}: by age, activity and accommodation, and each young person. */
    public CareLeavers22To25Report report(Caller caller, int year) {
        List<CareLeavers22To25Report.CareLeaver22To25> people = people(caller, year);
        List<CareLeavers22To25Report.SupportByAge> ages = IntStream.rangeClosed(FIRST_AGE, LAST_AGE)
                .mapToObj(age -> ageRow(Integer.toString(age), people.stream().filter(person -> person.age() == age).toList())).toList();
        List<CareLeavers22To25Report.CareLeaver22To25> supported = people.stream().filter(CareLeavers22To25Report.CareLeaver22To25::receivedSupport).toList();
        return new CareLeavers22To25Report(year, new CollectionYear(year).firstDay().toString(), new CollectionYear(year).lastDay().toString(),
                ages, ageRow("Total", people),
                byCode(supported, CareLeavers22To25Report.CareLeaver22To25::activity, this::activityWords),
                byCode(supported, CareLeavers22To25Report.CareLeaver22To25::accommodation, this::accommodationWords), people);
    }

    /** The young people of the year as CSV: a header line in words, then a line per young person, by local id. */
    public void csv(Caller caller, int year, Writer out) {
        try {
            out.write(InspectorList.line(HEADER));
            for (CareLeavers22To25Report.CareLeaver22To25 person : people(caller, year)) {
                out.write(InspectorList.line(List.of(person.localId(), person.dateOfBirth(), Integer.toString(person.age()),
                        person.receivedSupport() ? "Yes" : "No", person.asAt() == null ? "" : DAY.format(person.asAt()), person.activity(),
                        person.accommodation())));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CareLeavers22To25Report.CareLeaver22To25> people(Caller caller, int year) {
        Ssda903CareLeavers.requireManager(caller);
        LocalDate start = new CollectionYear(year).firstDay();
        LocalDate end = new CollectionYear(year).lastDay();
        Set<UUID> teams = service.teams(caller);
        List<UUID> candidates = teams.isEmpty() ? List.of()
                : queries.agedBetween(teams, start.minusYears(LAST_AGE).minusDays(1), end.minusYears(FIRST_AGE));
        List<CareLeavers22To25Report.CareLeaver22To25> people = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<UUID> batch = candidates.subList(from, Math.min(from + BATCH, candidates.size()));
            Set<UUID> formerRelevant = statuses.heldStatusBetween(batch, Set.of(CareStatus.FORMER_RELEVANT), start.minusDays(1), end);
            if (!formerRelevant.isEmpty()) {
                people.addAll(people(caller, formerRelevant, start, end));
            }
        }
        people.sort(Comparator.comparing(CareLeavers22To25Report.CareLeaver22To25::localId));
        return people;
    }

    private List<CareLeavers22To25Report.CareLeaver22To25> people(Caller caller, Set<UUID> ids, LocalDate start, LocalDate end) {
        List<CaseloadEntry> entries = caseloads.list(CaseloadFilter.all(new Paging(0, BATCH)), ids, caller).items();
        Map<UUID, LocalDate> askedOn = queries.personalAdviserBetween(ids, start, end);
        Map<UUID, List<ServiceViewQueries.CodedDay>> codes = new LinkedHashMap<>();
        queries.codeHistories(ids).forEach(code -> codes.computeIfAbsent(code.youngPerson(), id -> new ArrayList<>()).add(code));
        List<CareLeavers22To25Report.CareLeaver22To25> people = new ArrayList<>();
        for (CaseloadEntry entry : entries) {
            int age = IntStream.rangeClosed(FIRST_AGE, LAST_AGE)
                    .filter(each -> !Birthdays.anniversary(entry.dateOfBirth(), each).isBefore(start)
                            && !Birthdays.anniversary(entry.dateOfBirth(), each).isAfter(end)).findFirst().orElseThrow();
            LocalDate birthday = Birthdays.anniversary(entry.dateOfBirth(), age);
            List<ServiceViewQueries.CodedDay> history = codes.getOrDefault(entry.id(), List.of());
            if (!"DIED".equals(ServiceViewQueries.CodedDay.on(history, "IN_TOUCH", birthday))) {
                LocalDate asAt = askedOn.get(entry.id());
                people.add(new CareLeavers22To25Report.CareLeaver22To25(entry.id(), entry.localId(), entry.name(), DAY.format(entry.dateOfBirth()), age,
                        asAt != null, asAt, asAt == null ? "" : ServiceViewQueries.CodedDay.on(history, "ACTIVITY", asAt),
                        asAt == null ? "" : ServiceViewQueries.CodedDay.on(history, "ACCOMMODATION", asAt)));
            }
        }
        return people;
    }

    private static CareLeavers22To25Report.SupportByAge ageRow(String age, List<CareLeavers22To25Report.CareLeaver22To25> people) {
        int supported = (int) people.stream().filter(CareLeavers22To25Report.CareLeaver22To25::receivedSupport).count();
        return new CareLeavers22To25Report.SupportByAge(age, supported, people.size() - supported, people.size());
    }

    /** How many of these young people have each code (empty: not recorded), with its words, by code. */
    private static List<CareLeavers22To25Report.CodeCount> byCode(List<CareLeavers22To25Report.CareLeaver22To25> people,
                                                                Function<CareLeavers22To25Report.CareLeaver22To25, String> code,
                                                                Function<String, String> words) {
        Map<String, Integer> counts = new TreeMap<>();
        people.forEach(person -> counts.merge(code.apply(person), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(entry -> new CareLeavers22To25Report.CodeCount(entry.getKey(), words.apply(entry.getKey()), entry.getValue())).toList();
    }

    private String activityWords(String code) {
        return code.isEmpty() ? NOT_RECORDED : activityCodes.find(code).map(ReturnCodes.Code::description).orElse(code);
    }

    /** An accommodation code's words: the category's, then suitable or not. */
    private String accommodationWords(String code) {
        if (code.isEmpty()) {
            return NOT_RECORDED;
        }
        String category = accommodationCodes.find(code.substring(0, 1)).map(ReturnCodes.Code::description).orElse(code);
        return category + (code.endsWith("1") ? ", suitable" : code.endsWith("2") ? ", not suitable" : "");
    }

    /** The collection year asked for, as the OC3 table reads it (the last complete one if none; 400 for one that cannot be). */
    public int year(String asked) {
        return ssda903.year(asked);
    }

    /** The collection years that can be asked for, latest first. */
    public List<Integer> years() {
        return ssda903.years();
    }
}

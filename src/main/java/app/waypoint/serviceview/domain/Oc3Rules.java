package app.waypoint.serviceview.domain;

import app.waypoint.people.record.returns.ReturnCodes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The DfE's validation rules for the SSDA903 care-leaver table (OC3) and the date of birth it carries: each rule's number,
 * message and fields are data ({@code returns/ssda903-oc3-rules.csv}, with their source: the data-to-insight / Social Finance
 * SSDA903 validator, {@code lac_validator}, commit 10ad07c5); its check is here, written as the DfE states it. Codes are read
 * as the validator reads them, in capitals; a blank cell is no code. The valid code lists are those of rules 131, 132 and 133.
 */
public final class Oc3Rules {

    /** A rule as published: its number, its message, the OC3 fields it points at. */
    public record Rule(String code, String message, List<String> fields) {
    }

    /** The table being checked: its collection year and how often each child appears in it. */
    record Table(LocalDate start, LocalDate end, Map<String, Long> children) {
    }

    @FunctionalInterface
    interface Check {
        boolean fails(Oc3Line line, Table table);
    }

    static final Set<String> IN_TOUCH = Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");
    static final Set<String> ACTIVITY = Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");
    static final Set<String> ACCOMMODATION = Set.of("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2",
            "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, Check> CHECKS = Map.ofEntries(
            Map.entry("131", (line, table) -> !IN_TOUCH.contains(code(line.inTouch()))),
            Map.entry("132", (line, table) -> !ACTIVITY.contains(code(line.activity()))),
            Map.entry("133", (line, table) -> !ACCOMMODATION.contains(code(line.accommodation()))),
            Map.entry("153", (line, table) -> {
                long coded = Stream.of(line.inTouch(), line.activity(), line.accommodation()).filter(cell -> !code(cell).isEmpty()).count();
                return coded != 0 && coded != 3;
            }),
            Map.entry("344", (line, table) -> Set.of("DIED", "RHOM").contains(code(line.inTouch()))
                    && (!code(line.activity()).equals("0") || !code(line.accommodation()).equals("0"))),
            Map.entry("345", (line, table) -> code(line.inTouch()).equals("YES")
                    && (code(line.activity()).equals("0") || code(line.accommodation()).equals("0"))),
            Map.entry("347", (line, table) -> code(line.accommodation()).startsWith("T")
                    && born(line).filter(born -> born.plusYears(18).isAfter(table.start())).isPresent()),
            Map.entry("391", (line, table) -> born(line).filter(born -> born.plusYears(17).isAfter(table.end())).isPresent()
                    && Stream.of(line.inTouch(), line.activity(), line.accommodation()).anyMatch(cell -> !code(cell).isEmpty())),
            Map.entry("3001", (line, table) -> Set.of("Z1", "Z2").contains(code(line.accommodation()))
                    && born(line).map(born -> born.plusYears(17)).filter(seventeen -> !seventeen.isBefore(table.start())
                    && !seventeen.isAfter(table.end())).isPresent()),
            Map.entry("INT34", (line, table) -> table.children().getOrDefault(line.child(), 0L) > 1),
            Map.entry("102", (line, table) -> born(line).isEmpty()),
            Map.entry("301", (line, table) -> born(line).filter(born -> born.isAfter(table.end())).isPresent()),
            Map.entry("351", (line, table) -> born(line).filter(born -> table.start().isAfter(born.plusYears(25))).isPresent()));

    private final List<Rule> rules;

    private Oc3Rules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> codes = rules.stream().map(Rule::code).collect(Collectors.toSet());
        if (!codes.equals(CHECKS.keySet())) {
            throw new IllegalStateException("returns/ssda903-oc3-rules.csv and Oc3Rules disagree: rules " + codes + ", checks "
                    + CHECKS.keySet());
        }
    }

    /** The rules of {@code returns/ssda903-oc3-rules.csv}, in its order. */
    public static Oc3Rules read() {
        return new Oc3Rules(ReturnCodes.read("returns/ssda903-oc3-rules.csv").all().stream()
                .map(line -> new Rule(line.code(), line.description(), Arrays.asList(line.extra().get(0).split(" ")))).toList());
    }

    public List<Rule> all() {
        return rules;
    }

    /** Every failure of the table of the collection year from {@code start} to {@code end}: a line's failures in the rules' order. */
    public List<Oc3Failure> check(List<Oc3Line> lines, LocalDate start, LocalDate end) {
        Table table = new Table(start, end, lines.stream().collect(Collectors.groupingBy(Oc3Line::child, Collectors.counting())));
        List<Oc3Failure> failures = new ArrayList<>();
        for (Oc3Line line : lines) {
            rules.stream().filter(rule -> CHECKS.get(rule.code()).fails(line, table)).map(rule -> Oc3Failure.of(rule, line))
                    .forEach(failures::add);
        }
        return failures;
    }

    private static String code(String cell) {
        return cell == null ? "" : cell.trim().toUpperCase(Locale.ROOT);
    }

    private static Optional<LocalDate> born(Oc3Line line) {
        try {
            return Optional.of(LocalDate.parse(line.dateOfBirth() == null ? "" : line.dateOfBirth().trim(), DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package app.waypoint.testsupport;

import app.waypoint.people.status.Birthdays;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * SSDA903 header and episodes files in the DfE's CSV layout for made-up children, for import tests and the 1,000-children
 * measurement: child {@code i} is from {@code youngest} to 21, came into care at 10 under section 20, then a care order in
 * foster care, then a care order in a children's home, which ends on their 18th birthday if they are 18 or over and goes on
 * otherwise. Children under 18 are due a leaving-care transition, which the eligibility scan opens when a later test moves the
 * clock: the 1,000 of the measurement are care leavers (18 to 21), so that they leave no engine work behind them.
 */
public final class Ssda903Files {

    public static final String HEADER_COLUMNS = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    public static final String EPISODE_COLUMNS = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    public static final String OC3_COLUMNS = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A header file and its episodes file. */
    public record Files(String header, String episodes) {
    }

    private Ssda903Files() {
    }

    /** {@code children} children aged 16 to 21 with local ids {@code prefix-0} onwards. */
    public static Files generate(String prefix, int children, LocalDate today) {
        return generate(prefix, children, today, 16);
    }

    /** {@code children} children aged {@code youngest} to 21 with local ids {@code prefix-0} onwards. */
    public static Files generate(String prefix, int children, LocalDate today, int youngest) {
        StringBuilder header = new StringBuilder(HEADER_COLUMNS).append("\r\n");
        StringBuilder episodes = new StringBuilder(EPISODE_COLUMNS).append("\r\n");
        for (int i = 0; i < children; i++) {
            String child = prefix + "-" + i;
            LocalDate born = today.minusYears(youngest + i % (22 - youngest)).minusDays(1 + i % 300);
            header.append(child).append(',').append(1 + i % 2).append(',').append(day(born)).append(",WBRI,,").append(i % 2 == 1 ? "0" : "")
                    .append(",\r\n");
            LocalDate first = born.plusYears(10).plusDays(i % 200);
            LocalDate second = first.plusDays(400);
            LocalDate third = second.plusDays(500);
            LocalDate eighteen = Birthdays.anniversary(born, 18);
            episodes.append(episode(child, first, "S", "V2", "U1", second, "X1"));
            episodes.append(episode(child, second, "L", "C2", "U3", third, "X1"));
            episodes.append(today.isBefore(eighteen) ? episode(child, third, "P", "C2", "K2", null, "")
                    : episode(child, third, "P", "C2", "K2", eighteen, "E8"));
        }
        return new Files(header.toString(), episodes.toString());
    }

    public static String episode(String child, LocalDate start, String reason, String legalStatus, String place, LocalDate end, String endReason) {
        return String.join(",", child, day(start), reason, legalStatus, "N1", place, "PR1", end == null ? "" : day(end), endReason, "",
                "M1 1AA", "M2 2BB", "SC123456") + "\r\n";
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}

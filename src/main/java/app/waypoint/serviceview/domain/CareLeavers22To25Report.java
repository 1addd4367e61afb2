package app.waypoint.serviceview.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Care leavers aged 22 to 25 in a collection year ({@link CareLeavers22To25}, where each rule is): how many requested and
 * received support and how many were not in touch, by their age on their birthday in the year and in all; the activity and
 * accommodation of those who received support; and each young person, by local id.
 */
public record CareLeavers22To25Report(int year, String from, String to, List<SupportByAge> ages, SupportByAge total, List<CodeCount> activity,
                                      List<CodeCount> accommodation, List<CareLeaver22To25> youngPeople) {

    /** An age (or "Total"): those who requested and received support, those not in touch, and both. */
    public record SupportByAge(String age, int receivedSupport, int notInTouch, int total) {
    }

    /** An SSDA903 activity or accommodation code (empty: not recorded) of those who received support, its words, and how many. */
    public record CodeCount(String code, String description, int count) {
    }

    /**
     * A young person of the year: their age on their birthday in it, whether they received support, and if so the day their
     * codes are as at (when they asked) and their activity and accommodation codes then (empty: not recorded).
     */
    public record CareLeaver22To25(UUID youngPersonId, String localId, String name, String dateOfBirth, int age, boolean receivedSupport,
                         LocalDate asAt, String activity, String accommodation) {
    }
}

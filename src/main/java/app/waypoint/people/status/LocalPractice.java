package app.waypoint.people.status;

import java.time.Period;

/**
 * The rules the domain notes tag [L]: local practice that each authority may set for itself.
 *
 * @param transitionCaseOpensAt   age at which the leaving-care transition case opens; in years and months
 * @param stayingPutAgreedBy      age by which the staying-put agreement should be settled; in years and months
 * @param careMustContinueIntoDayAfterSixteenthBirthday the local reading of "continuing past the 16th birthday"
 *        as "at least 24 hours after": being looked after on the 16th birthday is not enough, the child must
 *        still be looked after on the next day (and is then eligible from the birthday itself). When false,
 *        being looked after on the 16th birthday itself is enough.
 */
public record LocalPractice(
        Period transitionCaseOpensAt,
        Period stayingPutAgreedBy,
        boolean careMustContinueIntoDayAfterSixteenthBirthday) {

    /** 15 years 9 months, 17 years 6 months (Gateshead), and the "at least 24 hours after 16" reading. */
    public static final LocalPractice DEFAULT = new LocalPractice(Period.of(15, 9, 0), Period.of(17, 6, 0), true);

    /** @throws IllegalArgumentException if an age is missing, negative or has days in it */
    public LocalPractice {
        requireYearsAndMonths(transitionCaseOpensAt, "transitionCaseOpensAt");
        requireYearsAndMonths(stayingPutAgreedBy, "stayingPutAgreedBy");
    }

    private static void requireYearsAndMonths(Period age, String name) {
        Require.present(age, name);
        if (age.isNegative() || age.getDays() != 0) {
            throw new IllegalArgumentException(name + " must be whole years and months, not negative: " + age);
        }
    }
}

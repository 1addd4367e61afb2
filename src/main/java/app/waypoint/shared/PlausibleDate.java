package app.waypoint.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a person could mean on a record about a young person: not before {@value #EARLIEST_YEAR}, and not more than
 * {@value #MOST_YEARS_AHEAD} years after today (a statutory or planned date further ahead is a typing slip). A null date
 * is left to {@code @NotNull}. Today is the validator's clock.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {

    int EARLIEST_YEAR = 1900;
    int MOST_YEARS_AHEAD = 10;

    String message() default "must be a date from " + EARLIEST_YEAR + " to " + MOST_YEARS_AHEAD + " years from today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link LocalDate} against the bounds. */
    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            if (date == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            return date.getYear() >= EARLIEST_YEAR && !date.isAfter(today.plusYears(MOST_YEARS_AHEAD));
        }
    }
}

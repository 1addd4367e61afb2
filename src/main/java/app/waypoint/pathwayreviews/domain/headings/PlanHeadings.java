package app.waypoint.pathwayreviews.domain.headings;

import jakarta.validation.Valid;
import java.util.function.Function;

/** One value per heading of a pathway plan (heading input in requests, heading content in responses). */
public record PlanHeadings<T extends PlanHeadings.Heading>(@Valid T contactAndSupport, @Valid T educationAndTraining,
                              @Valid T employmentOrActivity, @Valid T contingencyPlan, @Valid T accommodation,
                              @Valid T familyAndRelationships, @Valid T independentLivingSkills, @Valid T financialSupport,
                              @Valid T health, @Valid T identity) {

    /** What each heading holds; a bound (not Object) so that bean validation cascades into it without treating it as a container. */
    public interface Heading {
    }

    public static <T extends Heading> PlanHeadings<T> of(Function<PathwayHeading, T> value) {
        return new PlanHeadings<>(value.apply(PathwayHeading.CONTACT_AND_SUPPORT), value.apply(PathwayHeading.EDUCATION_AND_TRAINING),
                value.apply(PathwayHeading.EMPLOYMENT_OR_ACTIVITY), value.apply(PathwayHeading.CONTINGENCY_PLAN),
                value.apply(PathwayHeading.ACCOMMODATION), value.apply(PathwayHeading.FAMILY_AND_RELATIONSHIPS),
                value.apply(PathwayHeading.INDEPENDENT_LIVING_SKILLS), value.apply(PathwayHeading.FINANCIAL_SUPPORT),
                value.apply(PathwayHeading.HEALTH), value.apply(PathwayHeading.IDENTITY));
    }

    public T get(PathwayHeading heading) {
        return switch (heading) {
            case CONTACT_AND_SUPPORT -> contactAndSupport;
            case EDUCATION_AND_TRAINING -> educationAndTraining;
            case EMPLOYMENT_OR_ACTIVITY -> employmentOrActivity;
            case CONTINGENCY_PLAN -> contingencyPlan;
            case ACCOMMODATION -> accommodation;
            case FAMILY_AND_RELATIONSHIPS -> familyAndRelationships;
            case INDEPENDENT_LIVING_SKILLS -> independentLivingSkills;
            case FINANCIAL_SUPPORT -> financialSupport;
            case HEALTH -> health;
            case IDENTITY -> identity;
        };
    }
}

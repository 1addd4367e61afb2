package app.waypoint.houseproject.domain.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The House Project's numbers (domain notes §2d): {@code waypoint.house-project.*}. None is statutory except the 7-day visit. */
@ConfigMapping(prefix = "waypoint.house-project")
public interface HouseProjectConfig {

    /** [L] a cohort's places when its creator names none (about 10 young people with 3 staff, the Stoke model). */
    @WithDefault("10")
    int defaultCapacity();

    /** [L] the setting-up-home allowance in whole pounds (£2,000 rose to £3,000 on 1 April 2023); a home's spend may not exceed it. */
    @WithDefault("3000")
    int settingUpHomeAllowance();

    /** The referrer helps the young person apply within this many working days of the referral. */
    @WithDefault("10")
    int applicationWorkingDays();

    /** The interview is held within this many working days of the application. */
    @WithDefault("10")
    int interviewWorkingDays();

    /** A place in a cohort is offered within this many working days of the interview. */
    @WithDefault("5")
    int offerWorkingDays();

    /** The readiness decision is made within this many working days of the programme being completed. */
    @WithDefault("10")
    int readinessWorkingDays();

    /** A property is found with the housing provider within this many working days of the readiness decision. */
    @WithDefault("20")
    int propertyWorkingDays();

    /** A property's suitability is assessed within this many working days of it being identified. */
    @WithDefault("10")
    int suitabilityWorkingDays();

    /** The home is budgeted, decorated and furnished within this many working days of being found suitable. */
    @WithDefault("20")
    int settingUpHomeWorkingDays();

    /** The move-in is recorded within this many working days of the home being set up. */
    @WithDefault("20")
    int moveInWorkingDays();

    /** [S] the personal adviser visits within this many days of the move (Care Leavers Regs 2010 reg 8). */
    @WithDefault("7")
    int visitDays();

    /** The tenancy is checked this many months after the move-in, each time; after the last the young person has graduated. */
    @WithDefault("6,12,24")
    List<Integer> sustainmentCheckMonths();

    /** Each sustainment check appears in the tasklist this many working days before it is due. */
    @WithDefault("20")
    int sustainmentCheckLeadWorkingDays();
}

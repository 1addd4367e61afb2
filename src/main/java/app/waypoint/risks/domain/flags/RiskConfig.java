package app.waypoint.risks.domain.flags;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Risk flags (issue 16 part 3): {@code waypoint.risks.*}. */
@ConfigMapping(prefix = "waypoint.risks")
public interface RiskConfig {

    /**
     * Working days a team manager has to decide on a concern of self-harm, homelessness, substance misuse or domestic abuse:
     * long enough to speak to the worker and check the record, short enough that a concern never waits a week.
     */
    @WithDefault("3")
    int decisionWorkingDays();

    /**
     * Working days for a concern of criminal or sexual exploitation or of going missing: the young person may be in danger
     * now, so the manager decides by the end of the next working day (a strategy discussion or a missing-person report may follow).
     */
    @WithDefault("1")
    int urgentDecisionWorkingDays();

    /** The questions a visit, a contact and a review prompt the worker to ask, each with a link to raise a concern. */
    @WithDefault("Has anything happened that worries you or the young person about their safety?")
    List<String> prompts();
}

/**
 * Leaving-care status rules for England: who is looked after, eligible, relevant, former relevant or
 * qualifying on a given day, and the key dates that follow from the date of birth.
 *
 * <p>Pure Java with no framework types: the people service in the parent package feeds it a
 * {@link app.waypoint.people.status.CareHistory} and stores or shows the
 * {@link app.waypoint.people.status.StatusAssessment} it gets back. The rules follow
 * {@code shared/domain/care-leavers.md} §1 and §4; {@link app.waypoint.people.status.CareStatusRules}
 * states each one with its statute.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Periods</b> ({@link app.waypoint.people.status.DateRange}) run from their start day to the day
 *       before their end: the end is the day the period stopped (the day the child left care, was
 *       released, moved out), so it is not part of the period. An empty end means "still going".</li>
 *   <li><b>Ages</b> are completed years. A child reaches an age at the start of the anniversary of their
 *       birth (Family Law Reform Act 1969 s9).</li>
 *   <li><b>29 February births</b> (the domain notes mark this [U]): in a year without 29 February the
 *       birthday is taken to be <b>1 March</b>, so someone born on 29 February 2008 turns 17 on
 *       1 March 2025, not on 28 February. See {@link app.waypoint.people.status.Birthdays}.</li>
 *   <li><b>"N months after"</b> uses calendar months clamped to the month end (30 November + 3 months
 *       is 28 or 29 February). Ages with months (15y9m, 17y6m) are the birthday for the years, then
 *       the months added to it.</li>
 *   <li>Settings that the domain notes tag [L] (local practice) are in
 *       {@link app.waypoint.people.status.LocalPractice}, so each authority can set its own.</li>
 * </ul>
 */
package app.waypoint.people.status;

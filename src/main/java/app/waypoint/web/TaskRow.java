package app.waypoint.web;

import java.util.UUID;

/** A task as a row of a list: what it is, whose, when due, and whether the person may claim it or give it back. */
record TaskRow(String id, String step, String processName, String youngPersonName, String assignee, Due due, boolean claimable,
               boolean returnable, UUID youngPersonId) {
}

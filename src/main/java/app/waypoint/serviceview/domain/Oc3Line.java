package app.waypoint.serviceview.domain;

import java.util.UUID;

/**
 * A line of the SSDA903 care-leaver table (OC3) as exported: the young person it is about (their id and name, which the return
 * does not carry) and the cells of the return, as text, as the DfE reads them.
 */
public record Oc3Line(UUID youngPerson, String name, String child, String dateOfBirth, String inTouch, String activity,
                      String accommodation) {
}

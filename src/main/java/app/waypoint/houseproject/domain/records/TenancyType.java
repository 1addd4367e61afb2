package app.waypoint.houseproject.domain.records;

/** [L] the tenancy a young person moves in on, e.g. an introductory tenancy becoming secure after 6 to 12 months. */
public enum TenancyType {
    INTRODUCTORY, STARTER, SECURE, ASSURED, ASSURED_SHORTHOLD, LICENCE
}

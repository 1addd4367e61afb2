package app.waypoint.disputes.domain.records;

import jakarta.validation.constraints.Size;

/** The IRO records a referral to Cafcass (CPPCR reg 45), at any stage. */
public record CafcassReferralRequest(@Size(max = 4000) String note) {
}

package app.waypoint.youngpersonview.domain.access;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who the council's OpenID Connect provider says someone is: the ID token's {@code email} and {@code phone_number} claims
 * and whether it verified each ({@code email_verified}, {@code phone_number_verified}). Either may be null.
 */
public record VouchedIdentity(String email, boolean emailVerified, String phoneNumber, boolean phoneNumberVerified) {

    /** The contacts to look the young person up by, e-mail first: only the verified ones when {@code verifiedOnly}. */
    List<String> contacts(boolean verifiedOnly) {
        return Stream.of(emailVerified || !verifiedOnly ? email : null, phoneNumberVerified || !verifiedOnly ? phoneNumber : null)
                .filter(contact -> contact != null && !contact.isBlank()).toList();
    }
}

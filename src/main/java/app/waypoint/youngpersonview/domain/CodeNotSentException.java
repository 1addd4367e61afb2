package app.waypoint.youngpersonview.domain;

/** The configured sender cannot reach this kind of contact. */
public class CodeNotSentException extends RuntimeException {

    public CodeNotSentException(String message) {
        super(message);
    }
}

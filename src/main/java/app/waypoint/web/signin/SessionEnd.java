package app.waypoint.web.signin;

/** Why a page session ended. */
enum SessionEnd {
    /** The person signed out. */
    SIGNED_OUT,
    /** Nothing was asked for longer than the idle timeout. */
    IDLE,
    /** The username no longer names a member of staff who may sign in (disabled, gone). */
    STAFF_GONE
}

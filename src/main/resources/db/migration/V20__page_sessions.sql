-- Issue 11: the pages' sessions live on the server, so that signing out, an idle timeout or a member of staff who no longer
-- resolves (disabled, gone) ends them, whatever copies of the cookies are kept (app.waypoint.web.ServerSessions).
create table page_session (
    -- the SHA-256 (hex) of the random value in the cookie waypoint-session-id: the value itself is never stored
    id              varchar(64)  primary key,
    staff_username  varchar(80)  not null,
    created_at      timestamptz  not null,
    last_seen_at    timestamptz  not null,
    ended_at        timestamptz,
    ended_why       varchar(20)  check (ended_why in ('SIGNED_OUT', 'IDLE', 'STAFF_GONE')),
    check ((ended_at is null) = (ended_why is null))
);

create index page_session_open_by_staff on page_session (staff_username) where ended_at is null;

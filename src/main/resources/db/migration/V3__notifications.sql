-- Notifications: each is written in the transaction of the event that causes it (an outbox), shown in the recipient's
-- inbox, and e-mailed by NotificationDelivery after commit. One row per event and recipient, so nothing is sent twice.
create table notification (
    id                    uuid primary key,
    event_key             varchar(200) not null,
    recipient_username    varchar(80)  not null references staff (username),
    headline              varchar(200) not null,
    young_person_ref      varchar(40),
    link                  varchar(500) not null,
    created_at            timestamp(6) with time zone not null,
    read_at               timestamp(6) with time zone,
    -- NONE: the recipient has no e-mail address; PENDING rows are taken for delivery from email_next_attempt_at on
    email_status          varchar(10)  not null check (email_status in ('PENDING', 'SENT', 'FAILED', 'NONE')),
    email_attempts        integer      not null default 0,
    email_next_attempt_at timestamp(6) with time zone,
    emailed_at            timestamp(6) with time zone,
    -- the kind of failure only (no addresses, no content)
    email_last_error      varchar(200),
    constraint notification_once_per_event unique (event_key, recipient_username),
    check (email_status <> 'PENDING' or email_next_attempt_at is not null)
);
-- e-mails due for delivery
create index notification_email_due on notification (email_next_attempt_at) where email_status = 'PENDING';
-- a recipient's inbox, newest first, and their unread ones (counted every few seconds per open stream)
create index notification_inbox on notification (recipient_username, created_at desc);
create index notification_unread on notification (recipient_username, created_at desc) where read_at is null;

-- The audit trail (package audit): one entry per young person reached by a staff request (API or page), written in the
-- same transaction as the request's work. Who (staff id and username), when, which young person, what (READ or CHANGE,
-- API or PAGE, the method and route template, the part of the record) and why (the caller's Waypoint-Reason, if any).
-- No foreign keys: an entry outlives the records it names.
create table audit_entry (
    id              bigint        generated always as identity primary key,
    at              timestamp(6) with time zone not null,
    staff_id        uuid          not null,
    username        varchar(80)   not null,
    young_person_id uuid          not null,
    action          varchar(8)    not null check (action in ('READ', 'CHANGE')),
    channel         varchar(8)    not null check (channel in ('API', 'PAGE')),
    method          varchar(10)   not null,
    route           varchar(300)  not null,
    record_kind     varchar(60)   not null,
    reason          varchar(500)
);
-- "Who looked at this young person" and "what did this member of staff look at", newest first; and the daily purge.
create index audit_entry_young_person_at on audit_entry (young_person_id, at desc, id desc);
create index audit_entry_staff_at on audit_entry (staff_id, at desc, id desc);
create index audit_entry_at on audit_entry (at);

-- Append-only: UPDATE, DELETE and TRUNCATE are refused, whoever runs them. The one exception is the retention purge
-- (audit.AuditRetention): in its own transaction it sets the transaction-local setting waypoint.audit_purge_before to its
-- cut-off (set_config(..., true)), and then only entries older than that cut-off may be deleted. This guards against the
-- application and against mistakes; it is not a defence against the database owner, who can drop the trigger.
create function audit_entry_append_only() returns trigger language plpgsql as $$
declare
    purge_before text := current_setting('waypoint.audit_purge_before', true);
begin
    if tg_op = 'DELETE' and purge_before is not null and purge_before <> '' and old.at < purge_before::timestamptz then
        return old;
    end if;
    raise exception 'audit entries are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

-- Issue 15 part 4: one line per SSDA903 import that wrote (a dry run writes none): who, when, into which team, for which OC3
-- collection year, and how many children were created, updated, unchanged or refused. The young people it created or changed
-- each have their own audit_entry (a change by the importing request), as every other write of the record does.
create table ssda903_import (
    id              uuid primary key,
    imported_at     timestamp(6) with time zone not null,
    staff_id        uuid          not null,
    username        varchar(80)   not null,
    team_id         uuid          not null references team (id),
    collection_year integer       not null,
    created         integer       not null,
    updated         integer       not null,
    unchanged       integer       not null,
    refused         integer       not null
);
create index ssda903_import_at on ssda903_import (imported_at desc);
